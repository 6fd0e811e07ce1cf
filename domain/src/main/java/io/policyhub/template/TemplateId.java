package io.policyhub.template;

import java.util.Objects;
import java.util.UUID;

/** Identifies a template, whether in the platform library or in one practice's own templates. */
public record TemplateId(UUID value) {

    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static TemplateId random() {
        return new TemplateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
