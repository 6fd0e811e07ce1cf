package io.policyhub.client;

import java.util.Objects;
import java.util.UUID;

/** Identifies a client (a person the practice works with) within their practice. */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
