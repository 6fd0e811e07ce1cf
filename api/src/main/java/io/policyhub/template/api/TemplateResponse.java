package io.policyhub.template.api;

import io.policyhub.template.LibrarySource;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateKind;
import io.policyhub.template.TemplateVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A template with its current text (a library template's newest version, a practice template's draft), its
 * variable schema as {@code variables} and its published versions, newest first.
 */
record TemplateResponse(
        UUID id,
        TemplateKind kind,
        String title,
        @Nullable String description,
        String category,
        String body,
        List<VariableBody> variables,
        long draftRevision,
        @Nullable Integer latestVersion,
        @Nullable CopiedFrom copiedFrom,
        List<TemplateVersionResponse> versions,
        Instant createdAt,
        Instant updatedAt) {

    static TemplateResponse of(Template template, List<TemplateVersion> versions) {
        return new TemplateResponse(
                template.id().value(),
                template.kind(),
                template.draft().title(),
                template.draft().description(),
                template.draft().category(),
                template.draft().body().source(),
                template.draft().schema().variables().stream()
                        .map(VariableBody::of)
                        .toList(),
                template.draftRevision(),
                template.latestVersion().orElse(null),
                template.copiedFrom().map(CopiedFrom::of).orElse(null),
                versions.stream().map(TemplateVersionResponse::summary).toList(),
                template.createdAt(),
                template.updatedAt());
    }

    /** The library template version a practice template was copied from. */
    record CopiedFrom(UUID templateId, int version) {
        static CopiedFrom of(LibrarySource source) {
            return new CopiedFrom(source.template().value(), source.version());
        }
    }
}
