package io.policyhub.policy.api;

import io.policyhub.policy.ChangeKind;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param changeSummary what changed, in words clients understand; optional for the first version only
 * @param changeKind MAJOR (clients acknowledge again) or MINOR (earlier acknowledgements carry forward);
 *     optional for the first version only
 */
record PublishRequest(
        @Nullable @Size(max = 2000) String changeSummary,
        @Nullable ChangeKind changeKind) {}
