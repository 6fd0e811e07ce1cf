package io.policyhub.practice;

import io.policyhub.shared.EmailAddresses;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A therapy or wellbeing practice: the tenant. Its alias is the Keycloak organization alias that tokens
 * carry in their {@code organization} claim, so it is what binds an identity to the practice.
 */
public final class Practice {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final PracticeId id;
    private String name;
    private final String alias;
    private @Nullable String contactEmail;
    private final Instant createdAt;

    public Practice(PracticeId id, String name, String alias, @Nullable String contactEmail, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.name = Text.required("name", name, 200);
        this.alias = validAlias(alias);
        this.contactEmail = contactEmail == null ? null : EmailAddresses.valid("contactEmail", contactEmail);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    static String validAlias(String alias) {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw InvalidInput.of("alias", "must be 1-63 lower-case letters, digits or inner hyphens");
        }
        return alias;
    }

    public void rename(String newName) {
        this.name = Text.required("name", newName, 200);
    }

    public void changeContactEmail(@Nullable String email) {
        this.contactEmail = email == null ? null : EmailAddresses.valid("contactEmail", email);
    }

    public PracticeId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String alias() {
        return alias;
    }

    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
