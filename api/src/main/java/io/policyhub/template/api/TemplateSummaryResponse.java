package io.policyhub.template.api;

import io.policyhub.template.Template;
import io.policyhub.template.TemplateKind;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A template in a list: everything but its body and schema. */
record TemplateSummaryResponse(
        UUID id,
        TemplateKind kind,
        String title,
        @Nullable String description,
        String category,
        @Nullable Integer latestVersion,
        Instant updatedAt) {

    static TemplateSummaryResponse of(Template template) {
        return new TemplateSummaryResponse(
                template.id().value(),
                template.kind(),
                template.draft().title(),
                template.draft().description(),
                template.draft().category(),
                template.latestVersion().orElse(null),
                template.updatedAt());
    }
}
