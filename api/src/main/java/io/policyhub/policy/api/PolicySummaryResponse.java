package io.policyhub.policy.api;

import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A policy in a list: everything but its (possibly long) draft text. */
record PolicySummaryResponse(
        UUID id,
        String title,
        PolicyStatus status,
        long draftRevision,
        @Nullable Integer currentVersion,
        Instant updatedAt) {

    static PolicySummaryResponse of(Policy policy) {
        return new PolicySummaryResponse(
                policy.id().value(),
                policy.title(),
                policy.status(),
                policy.draftRevision(),
                policy.latestVersion().orElse(null),
                policy.updatedAt());
    }
}
