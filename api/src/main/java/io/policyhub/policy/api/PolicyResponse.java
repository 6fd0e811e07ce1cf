package io.policyhub.policy.api;

import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A policy with its current draft; {@code currentVersion} is the newest published version's number. */
record PolicyResponse(
        UUID id,
        String title,
        String content,
        PolicyStatus status,
        long draftRevision,
        @Nullable Integer currentVersion,
        Instant createdAt,
        Instant updatedAt) {

    static PolicyResponse of(Policy policy) {
        return new PolicyResponse(
                policy.id().value(),
                policy.title(),
                policy.draftContent(),
                policy.status(),
                policy.draftRevision(),
                policy.latestVersion().orElse(null),
                policy.createdAt(),
                policy.updatedAt());
    }
}
