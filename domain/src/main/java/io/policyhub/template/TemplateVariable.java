package io.policyhub.template;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One typed variable of a template's schema.
 *
 * @param name how the template body refers to it, such as {@code practiceName}
 * @param defaultValue used when a practice gives no value: a string, a boolean or a list of options by type
 * @param options the allowed values of a CHOICE or MULTI_CHOICE variable; empty for every other type
 */
public record TemplateVariable(
        String name,
        VariableType type,
        String label,
        @Nullable String helpText,
        @Nullable Object defaultValue,
        boolean required,
        List<String> options) {

    public static final int MAX_STRING = 500;
    public static final int MAX_TEXT = 10_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public TemplateVariable {
        Objects.requireNonNull(type, "type");
        if (name == null || !NAME.matcher(name).matches()) {
            throw InvalidInput.of(
                    "variables.name", "'" + name + "' must start with a letter and use only letters, digits and _");
        }
        label = Text.required("variables." + name + ".label", label, 200);
        helpText = Text.optional("variables." + name + ".helpText", helpText, 1000);
        options = validOptions(name, type, options);
        if (defaultValue != null) {
            String field = "variables." + name + ".default";
            defaultValue = checked(type, options, defaultValue)
                    .orElseThrow(() -> InvalidInput.of(field, "does not fit the variable's type"));
        }
    }

    private static List<String> validOptions(String name, VariableType type, @Nullable List<String> options) {
        List<String> given = options == null ? List.of() : List.copyOf(options);
        boolean choice = type == VariableType.CHOICE || type == VariableType.MULTI_CHOICE;
        String field = "variables." + name + ".options";
        if (choice && given.isEmpty()) {
            throw InvalidInput.of(field, "must list at least one option");
        }
        if (!choice && !given.isEmpty()) {
            throw InvalidInput.of(field, "are only allowed for CHOICE and MULTI_CHOICE variables");
        }
        if (given.size() > 50 || new HashSet<>(given).size() != given.size()) {
            throw InvalidInput.of(field, "must be at most 50 distinct options");
        }
        given.forEach(option -> Text.required(field, option, 100));
        return given;
    }

    /** The value in canonical form if it fits this variable; empty if it does not. */
    public Optional<Object> accept(Object value) {
        return checked(type, options, value);
    }

    private static Optional<Object> checked(VariableType type, List<String> options, Object value) {
        return switch (type) {
            case STRING ->
                value instanceof String s
                                && s.length() <= MAX_STRING
                                && s.lines().count() <= 1
                        ? Optional.of(s)
                        : Optional.empty();
            case TEXT -> value instanceof String s && s.length() <= MAX_TEXT ? Optional.of(s) : Optional.empty();
            case BOOLEAN -> value instanceof Boolean b ? Optional.of(b) : Optional.empty();
            case CHOICE -> value instanceof String s && options.contains(s) ? Optional.of(s) : Optional.empty();
            case MULTI_CHOICE -> choices(options, value);
        };
    }

    private static Optional<Object> choices(List<String> options, Object value) {
        if (!(value instanceof List<?> list) || new HashSet<>(list).size() != list.size()) {
            return Optional.empty();
        }
        for (Object item : list) {
            if (!(item instanceof String s) || !options.contains(s)) {
                return Optional.empty();
            }
        }
        return Optional.of(list.stream().map(String.class::cast).toList());
    }

    /** What a value of this variable must be, for error messages. */
    public String expectation() {
        return switch (type) {
            case STRING -> "must be one line of text of at most " + MAX_STRING + " characters";
            case TEXT -> "must be text of at most " + MAX_TEXT + " characters";
            case BOOLEAN -> "must be true or false";
            case CHOICE -> "must be one of " + options;
            case MULTI_CHOICE -> "must be a list of distinct values from " + options;
        };
    }

    /** Whether a value counts as given: blank text and empty lists do not satisfy a required variable. */
    static boolean present(@Nullable Object value) {
        return switch (value) {
            case null -> false;
            case String s -> !s.isBlank();
            case List<?> l -> !l.isEmpty();
            default -> true;
        };
    }
}
