package io.policyhub.policy.api;

import io.policyhub.policy.ChangeKind;
import io.policyhub.policy.PolicyVersion;
import java.time.Instant;
import java.util.UUID;

record VersionResponse(
        UUID policyId,
        int number,
        String title,
        String content,
        String contentHash,
        String changeSummary,
        ChangeKind changeKind,
        String publishedBy,
        Instant publishedAt) {

    static VersionResponse of(PolicyVersion version) {
        return new VersionResponse(
                version.policyId().value(),
                version.number(),
                version.title(),
                version.content(),
                version.contentHash().hex(),
                version.changeSummary(),
                version.changeKind(),
                version.publishedBy(),
                version.publishedAt());
    }
}
