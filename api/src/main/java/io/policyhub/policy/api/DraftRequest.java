package io.policyhub.policy.api;

import io.policyhub.policy.Policy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The title and Markdown content of a draft, for creating a policy or replacing its draft. */
record DraftRequest(
        @NotBlank @Size(max = Policy.MAX_TITLE) String title,
        @NotNull @NotBlank @Size(max = Policy.MAX_CONTENT) String content) {}
