package io.policyhub.client.admin;

import io.policyhub.client.Client;
import io.policyhub.client.ClientChanges;
import io.policyhub.client.NewClient;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The add and edit client form, as typed. */
record ClientForm(
        @Nullable String displayName,
        @Nullable String email,
        @Nullable String externalRef) {

    /** How the form names each field, for messages. */
    static final Map<String, String> LABELS =
            Map.of("displayName", "Name", "email", "E-mail address", "externalRef", "External reference");

    static ClientForm empty() {
        return new ClientForm("", "", "");
    }

    static ClientForm of(Client client) {
        return new ClientForm(
                client.displayName(), client.email(), client.externalRef().orElse(""));
    }

    NewClient toNewClient() {
        return new NewClient(orEmpty(displayName), orEmpty(email), externalRef);
    }

    ClientChanges toChanges() {
        Optional<String> ref = Optional.ofNullable(externalRef).filter(text -> !text.isBlank());
        return new ClientChanges(Optional.of(orEmpty(displayName)), Optional.of(orEmpty(email)), Optional.of(ref));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
