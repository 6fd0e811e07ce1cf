package io.policyhub.policy;

import io.policyhub.template.TemplateRef;
import io.policyhub.template.VariableValues;
import java.util.Objects;

/** The template version and the variable values a policy's text was rendered from. */
public record TemplateOrigin(TemplateRef template, int version, VariableValues variables) {

    public TemplateOrigin {
        Objects.requireNonNull(template);
        Objects.requireNonNull(variables);
        if (version < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }
}
