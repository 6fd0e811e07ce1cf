package io.policyhub.template.api;

import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * @param variables the values to render with, by variable name
 * @param version the published version to render; the current text (the newest version of a library template,
 *     the draft of a practice template) when absent
 */
record PreviewRequest(
        @Nullable Map<String, Object> variables,
        @Nullable @Positive Integer version) {

    Map<String, Object> values() {
        return variables == null ? Map.of() : variables;
    }
}
