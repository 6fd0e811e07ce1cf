package io.policyhub.template;

import java.util.Objects;

/** The library template version a practice template was copied from. */
public record LibrarySource(TemplateId template, int version) {

    public LibrarySource {
        Objects.requireNonNull(template);
        if (version < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }
}
