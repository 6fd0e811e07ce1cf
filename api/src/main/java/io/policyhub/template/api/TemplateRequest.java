package io.policyhub.template.api;

import io.policyhub.template.TemplateBody;
import io.policyhub.template.TemplateContent;
import io.policyhub.template.VariableSchema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The full text of a template: what a new template or a new draft says. */
record TemplateRequest(
        @NotBlank String title,
        @Nullable String description,
        @NotBlank String category,
        @NotBlank String body,
        @NotNull List<VariableBody> variables) {

    TemplateContent toDomain() {
        var schema = new VariableSchema(
                variables.stream().map(VariableBody::toDomain).toList());
        return new TemplateContent(title, description, category, new TemplateBody(body), schema);
    }
}
