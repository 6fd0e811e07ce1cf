package io.policyhub.template;

import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An immutable published version of a template. Policies record which version they came from, so later
 * versions can be offered to them as upgrades.
 *
 * @param practiceId the owning practice of a practice template; null for the library
 */
public record TemplateVersion(
        TemplateRef template,
        @Nullable PracticeId practiceId,
        int number,
        TemplateContent content,
        String changeSummary,
        String publishedBy,
        Instant publishedAt) {

    public TemplateVersion {
        Objects.requireNonNull(template);
        Objects.requireNonNull(content);
        Objects.requireNonNull(publishedAt);
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        if ((practiceId == null) != (template.kind() == TemplateKind.LIBRARY)) {
            throw new IllegalArgumentException("practice templates, and only they, belong to a practice");
        }
    }

    public Optional<PracticeId> owner() {
        return Optional.ofNullable(practiceId);
    }

    /** The body rendered with values already checked against this version's schema. */
    public String render(VariableValues values) {
        return content.body().render(values);
    }
}
