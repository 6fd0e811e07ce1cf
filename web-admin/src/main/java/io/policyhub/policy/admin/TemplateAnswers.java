package io.policyhub.policy.admin;

import io.policyhub.template.TemplateVariable;
import io.policyhub.template.VariableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The answers of the form generated from a template's variable schema, read back into the values the schema
 * checks. Each variable's input is named {@code var.<name>}; checkboxes also send a {@code _var.<name>} marker, so
 * an unticked box (which browsers do not send) still means "false" or "none of these" rather than "not answered".
 */
final class TemplateAnswers {

    static final String PREFIX = "var.";
    static final String MARKER = "_var.";

    private TemplateAnswers() {}

    /** The values to check against the schema: unanswered variables are left out, so defaults apply. */
    static Map<String, Object> values(VariableSchema schema, MultiValueMap<String, String> form) {
        var values = new LinkedHashMap<String, Object>();
        for (TemplateVariable variable : schema.variables()) {
            Object value = value(variable, form);
            if (value != null) {
                values.put(variable.name(), value);
            }
        }
        return values;
    }

    private static @Nullable Object value(TemplateVariable variable, MultiValueMap<String, String> form) {
        List<String> given = form.getOrDefault(PREFIX + variable.name(), List.of());
        boolean marked = form.containsKey(MARKER + variable.name());
        return switch (variable.type()) {
            case STRING, CHOICE ->
                given.isEmpty() || given.getFirst().isBlank()
                        ? null
                        : given.getFirst().strip();
            case TEXT ->
                given.isEmpty() || given.getFirst().isBlank()
                        ? null
                        : given.getFirst().replace("\r\n", "\n");
            case BOOLEAN -> given.contains("true") ? Boolean.TRUE : marked ? Boolean.FALSE : null;
            case MULTI_CHOICE -> !given.isEmpty() || marked ? List.copyOf(given) : null;
        };
    }
}
