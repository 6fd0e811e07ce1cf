package io.policyhub.policy;

import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.Objects;

/**
 * An immutable published version of a policy: the exact text clients are asked to acknowledge. Once stored
 * it can never be changed or deleted, not even by SQL from the application.
 */
public record PolicyVersion(
        PracticeId practiceId,
        PolicyId policyId,
        int number,
        String title,
        String content,
        ContentHash contentHash,
        String changeSummary,
        ChangeKind changeKind,
        String publishedBy,
        Instant publishedAt) {

    public PolicyVersion {
        Objects.requireNonNull(practiceId);
        Objects.requireNonNull(policyId);
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
        if (!contentHash.equals(ContentHash.of(content))) {
            throw new IllegalArgumentException("content hash does not match the content");
        }
        Objects.requireNonNull(changeKind);
        Objects.requireNonNull(publishedAt);
    }
}
