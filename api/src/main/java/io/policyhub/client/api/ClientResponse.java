package io.policyhub.client.api;

import io.policyhub.client.Client;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

record ClientResponse(
        UUID id, String displayName, String email, @Nullable String externalRef, Instant createdAt) {

    static ClientResponse of(Client client) {
        return new ClientResponse(
                client.id().value(),
                client.displayName(),
                client.email(),
                client.externalRef().orElse(null),
                client.createdAt());
    }
}
