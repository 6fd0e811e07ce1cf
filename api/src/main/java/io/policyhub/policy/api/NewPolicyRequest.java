package io.policyhub.policy.api;

import io.policyhub.policy.Policy;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.InvalidInput.FieldError;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new policy: either written directly ({@code title} and Markdown {@code content}) or rendered from a library or
 * practice template ({@code templateId}, optionally {@code templateVersion}, its newest by default, and the
 * {@code variables}; {@code title} then defaults to the template's).
 */
record NewPolicyRequest(
        @Nullable @Size(max = Policy.MAX_TITLE) String title,
        @Nullable @Size(max = Policy.MAX_CONTENT) String content,
        @Nullable UUID templateId,
        @Nullable @Positive Integer templateVersion,
        @Nullable Map<String, Object> variables) {

    boolean fromTemplate() {
        return templateId != null;
    }

    /** Refuses a mix of the two forms and, for direct writing, a blank title or content. */
    void requireOneForm() {
        var errors = new ArrayList<FieldError>();
        if (fromTemplate()) {
            if (content != null) {
                errors.add(new FieldError("content", "must not be given with templateId"));
            }
        } else {
            if (title == null || title.isBlank()) {
                errors.add(new FieldError("title", "must not be blank"));
            }
            if (content == null || content.isBlank()) {
                errors.add(new FieldError("content", "must not be blank"));
            }
            if (templateVersion != null || variables != null) {
                errors.add(new FieldError("templateId", "is required with templateVersion or variables"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInput.of(errors);
        }
    }

    Map<String, Object> values() {
        return variables == null ? Map.of() : variables;
    }
}
