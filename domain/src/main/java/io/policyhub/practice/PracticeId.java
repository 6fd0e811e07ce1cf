package io.policyhub.practice;

import io.policyhub.shared.InvalidInput;
import java.util.Objects;
import java.util.UUID;

/** Identifies a practice, the tenant that owns every other piece of data. */
public record PracticeId(UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "value");
    }

    public static PracticeId random() {
        return new PracticeId(UUID.randomUUID());
    }

    public static PracticeId parse(String text) {
        try {
            return new PracticeId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("practiceId", "is not a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
