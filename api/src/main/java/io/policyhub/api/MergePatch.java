package io.policyhub.api;

import io.policyhub.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON merge patch (RFC 7396) body: a field that is absent stays unchanged, {@code null} clears an optional
 * field, a value replaces it. Unknown fields are refused so typos never pass silently.
 */
public final class MergePatch {

    private final Map<String, Object> fields;

    private MergePatch(Map<String, Object> fields) {
        this.fields = fields;
    }

    public static MergePatch of(Map<String, Object> body, Set<String> allowed) {
        for (String field : body.keySet()) {
            if (!allowed.contains(field)) {
                throw InvalidInput.of(field, "is not a field that can be changed");
            }
        }
        return new MergePatch(body);
    }

    /** A required text field: present means replaced; it cannot be cleared. */
    public Optional<String> text(String field) {
        if (!fields.containsKey(field)) {
            return Optional.empty();
        }
        if (!(fields.get(field) instanceof String value)) {
            throw InvalidInput.of(field, "must be a string");
        }
        return Optional.of(value);
    }

    /** A list of whole numbers: present means replaced (an empty list is a value); it cannot be null. */
    public Optional<List<Integer>> integers(String field) {
        if (!fields.containsKey(field)) {
            return Optional.empty();
        }
        if (!(fields.get(field) instanceof List<?> values)) {
            throw InvalidInput.of(field, "must be a list of whole numbers");
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof Integer number)) {
                throw InvalidInput.of(field + "[" + i + "]", "must be a whole number");
            }
            numbers.add(number);
        }
        return Optional.of(numbers);
    }

    /** An optional text field: present as a string replaces it, present as null clears it. */
    public Optional<Optional<String>> optionalText(String field) {
        if (!fields.containsKey(field)) {
            return Optional.empty();
        }
        Object value = fields.get(field);
        if (value == null) {
            return Optional.of(Optional.empty());
        }
        if (!(value instanceof String text)) {
            throw InvalidInput.of(field, "must be a string or null");
        }
        return Optional.of(Optional.of(text));
    }
}
