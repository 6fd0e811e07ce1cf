package io.policyhub.template.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new version of a library template: its whole new text and what changed, in words practices understand. */
record LibraryVersionRequest(
        @NotBlank @Size(max = 2000) String changeSummary,
        @NotNull @Valid TemplateRequest template) {}
