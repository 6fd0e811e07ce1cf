package io.policyhub.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a practice chose for a template's variables, already checked against its schema: each one a
 * {@code String}, a {@code Boolean} or a {@code List<String>}. Variables without a value are simply absent.
 */
public record VariableValues(Map<String, Object> values) {

    public VariableValues {
        var copy = new LinkedHashMap<String, Object>();
        values.forEach((name, value) -> copy.put(name, value instanceof List<?> list ? List.copyOf(list) : value));
        copy.values().forEach(VariableValues::requireSupported);
        values = Collections.unmodifiableMap(copy);
    }

    public static VariableValues none() {
        return new VariableValues(Map.of());
    }

    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static void requireSupported(Object value) {
        boolean supported = value instanceof String
                || value instanceof Boolean
                || (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance));
        if (!supported) {
            throw new IllegalArgumentException("unsupported variable value: " + value.getClass());
        }
    }
}
