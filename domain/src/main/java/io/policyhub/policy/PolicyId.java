package io.policyhub.policy;

import java.util.Objects;
import java.util.UUID;

/** Identifies a policy within its practice. */
public record PolicyId(UUID value) {

    public PolicyId {
        Objects.requireNonNull(value, "value");
    }

    public static PolicyId random() {
        return new PolicyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
