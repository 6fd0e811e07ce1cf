package io.policyhub.shared;

import org.jspecify.annotations.Nullable;

/** Guards for the free text the domain accepts. */
public final class Text {

    private Text() {}

    /** Trimmed, non-blank and at most {@code max} characters long. */
    public static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw InvalidInput.of(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Like {@link #required} but absent or blank means "none". */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }
}
