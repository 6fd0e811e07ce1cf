package io.policyhub.template;

import java.util.Objects;

/** Names a template together with where it lives, since library and practice templates are stored apart. */
public record TemplateRef(TemplateKind kind, TemplateId id) {

    public TemplateRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static TemplateRef library(TemplateId id) {
        return new TemplateRef(TemplateKind.LIBRARY, id);
    }

    public static TemplateRef practice(TemplateId id) {
        return new TemplateRef(TemplateKind.PRACTICE, id);
    }
}
