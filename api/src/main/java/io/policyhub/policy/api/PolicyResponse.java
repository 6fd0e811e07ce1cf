package io.policyhub.policy.api;

import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.policy.TemplateStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A policy with its current draft; {@code currentVersion} is the newest published version's number. For a policy
 * rendered from a template, {@code template} says which version and values, and {@code templateUpdateAvailable}
 * with {@code latestTemplateVersion} whether a newer template version can be merged in.
 */
record PolicyResponse(
        UUID id,
        String title,
        String content,
        PolicyStatus status,
        long draftRevision,
        @Nullable Integer currentVersion,
        Instant createdAt,
        Instant updatedAt,
        @Nullable TemplateOriginResponse template,
        boolean templateUpdateAvailable,
        @Nullable Integer latestTemplateVersion) {

    static PolicyResponse of(Policy policy) {
        return of(policy, Optional.empty());
    }

    static PolicyResponse of(Policy policy, Optional<TemplateStatus> template) {
        return new PolicyResponse(
                policy.id().value(),
                policy.title(),
                policy.draftContent(),
                policy.status(),
                policy.draftRevision(),
                policy.latestVersion().orElse(null),
                policy.createdAt(),
                policy.updatedAt(),
                template.map(TemplateOriginResponse::of).orElse(null),
                template.map(TemplateStatus::updateAvailable).orElse(false),
                template.map(TemplateStatus::latestVersion).orElse(null));
    }
}
