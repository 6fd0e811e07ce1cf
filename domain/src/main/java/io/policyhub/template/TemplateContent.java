package io.policyhub.template;

import io.policyhub.shared.Text;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a template says: its descriptive fields, its body and the variables the body uses. The body may only
 * name declared variables, so every published version renders.
 */
public record TemplateContent(
        String title, @Nullable String description, String category, TemplateBody body, VariableSchema schema) {

    public static final int MAX_TITLE = 200;

    public TemplateContent {
        title = Text.required("title", title, MAX_TITLE);
        description = Text.optional("description", description, 2000);
        category = Text.required("category", category, 100);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(schema, "schema");
        body.requireDeclaredIn(schema);
    }

    /** Checks the given values and renders the body with them. */
    public String render(Map<String, ?> given) {
        return body.render(schema.resolve(given));
    }
}
