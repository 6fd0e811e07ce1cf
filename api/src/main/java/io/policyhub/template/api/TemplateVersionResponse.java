package io.policyhub.template.api;

import io.policyhub.template.TemplateVersion;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A published version; {@code body} and {@code variables} are left out where versions are only listed. */
record TemplateVersionResponse(
        int number,
        String title,
        String changeSummary,
        String publishedBy,
        Instant publishedAt,
        @Nullable String body,
        @Nullable List<VariableBody> variables) {

    static TemplateVersionResponse summary(TemplateVersion version) {
        return new TemplateVersionResponse(
                version.number(),
                version.content().title(),
                version.changeSummary(),
                version.publishedBy(),
                version.publishedAt(),
                null,
                null);
    }

    static TemplateVersionResponse full(TemplateVersion version) {
        return new TemplateVersionResponse(
                version.number(),
                version.content().title(),
                version.changeSummary(),
                version.publishedBy(),
                version.publishedAt(),
                version.content().body().source(),
                version.content().schema().variables().stream()
                        .map(VariableBody::of)
                        .toList());
    }
}
