package io.policyhub.template.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.policyhub.template.TemplateVariable;
import io.policyhub.template.VariableType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A variable of a template's schema, in requests and responses alike.
 *
 * @param defaultValue sent as {@code default}: a string, a boolean or a list of options, by type
 */
record VariableBody(
        String name,
        VariableType type,
        String label,
        @Nullable String helpText,
        @JsonProperty("default") @Nullable Object defaultValue,
        boolean required,
        @Nullable List<String> options) {

    static VariableBody of(TemplateVariable variable) {
        return new VariableBody(
                variable.name(),
                variable.type(),
                variable.label(),
                variable.helpText(),
                variable.defaultValue(),
                variable.required(),
                variable.options());
    }

    TemplateVariable toDomain() {
        return new TemplateVariable(
                name, type, label, helpText, defaultValue, required, options == null ? List.of() : options);
    }
}
