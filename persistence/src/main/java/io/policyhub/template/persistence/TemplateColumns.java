package io.policyhub.template.persistence;

import io.policyhub.template.TemplateBody;
import io.policyhub.template.TemplateContent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The content columns every template and template version table shares. */
@Embeddable
class TemplateColumns {

    private String title;

    private @Nullable String description;

    private String category;

    private String body;

    @Column(name = "variables")
    private String variables;

    protected TemplateColumns() {
        this.title = "";
        this.category = "";
        this.body = "";
        this.variables = "[]";
    }

    TemplateColumns(TemplateContent content) {
        this.title = content.title();
        this.description = content.description();
        this.category = content.category();
        this.body = content.body().source();
        this.variables = TemplateJson.schema(content.schema());
    }

    TemplateContent toDomain() {
        return new TemplateContent(
                title, description, category, new TemplateBody(body), TemplateJson.schema(variables));
    }
}
