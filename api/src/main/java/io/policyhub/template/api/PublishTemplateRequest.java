package io.policyhub.template.api;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param changeSummary what changed; optional for the first version only */
record PublishTemplateRequest(@Nullable @Size(max = 2000) String changeSummary) {}
