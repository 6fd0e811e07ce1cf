package io.policyhub.policy.api;

import io.policyhub.policy.ImportFormat;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An existing policy to import as a draft.
 *
 * @param title the policy's title; when absent, the first line of the text is the title
 * @param format MARKDOWN keeps the document's headings; TEXT recognises headings by their shape
 * @param text the policy, at most 200,000 characters
 */
record ImportRequest(
        @Nullable String title,
        @NotNull ImportFormat format,
        @Nullable String text) {}
