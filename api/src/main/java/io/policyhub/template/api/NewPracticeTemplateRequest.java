package io.policyhub.template.api;

import io.policyhub.shared.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new practice template: either a copy of a library template ({@code libraryTemplateId}, optionally
 * {@code libraryVersion}; its newest by default) or a template written from scratch ({@code template}).
 */
record NewPracticeTemplateRequest(
        @Nullable UUID libraryTemplateId,
        @Nullable @Positive Integer libraryVersion,
        @Nullable @Valid TemplateRequest template) {

    void requireOneSource() {
        if ((libraryTemplateId == null) == (template == null)) {
            throw InvalidInput.of("libraryTemplateId", "give either libraryTemplateId or template, not both");
        }
    }
}
