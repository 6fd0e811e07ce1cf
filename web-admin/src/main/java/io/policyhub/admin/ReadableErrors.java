package io.policyhub.admin;

import io.policyhub.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the domain's terse validation messages ("must not be blank") into sentences for people filling in a form
 * ("Name is missing."), keyed by field so each message can stand next to its field and in the error summary.
 */
public final class ReadableErrors {

    private ReadableErrors() {}

    /** The first readable message for each field of {@code invalid}, in the order the domain named them. */
    public static Map<String, String> byField(InvalidInput invalid, Map<String, String> labels) {
        var messages = new LinkedHashMap<String, String>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            String label = labels.getOrDefault(error.field(), error.field());
            messages.putIfAbsent(error.field(), sentence(label, error.message()));
        }
        return messages;
    }

    /** {@code label} and {@code message} as one sentence: "E-mail must be an address like name@example.com." */
    public static String sentence(String label, String message) {
        String readable = switch (message) {
            case "must not be blank" -> "is missing";
            case "must be a valid e-mail address" -> "must be an e-mail address like name@example.com";
            default -> message;
        };
        return label + " " + readable + (readable.endsWith(".") ? "" : ".");
    }
}
