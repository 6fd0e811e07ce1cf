package io.policyhub.policy;

import java.util.Objects;

/** A run of words (with the spaces and punctuation between them) that one diff operation applies to. */
public record WordChange(DiffOperation operation, String text) {

    public WordChange {
        Objects.requireNonNull(operation, "operation");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a change covers some text");
        }
    }
}
