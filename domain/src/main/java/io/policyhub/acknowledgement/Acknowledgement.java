package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Immutable evidence that a client agreed to one exact version of a policy: which text (by its hash), when,
 * how, under which typed name, and from where. Never updated or deleted once stored.
 */
public record Acknowledgement(
        UUID id,
        PracticeId practiceId,
        ClientId clientId,
        PolicyId policyId,
        int version,
        ContentHash contentHash,
        Instant acknowledgedAt,
        AcknowledgementMethod method,
        String fullName,
        @Nullable String ipAddress,
        @Nullable String userAgent,
        String recordedBy) {

    public static final int MAX_NAME = 200;

    public Acknowledgement {
        Objects.requireNonNull(id);
        Objects.requireNonNull(practiceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(policyId);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(acknowledgedAt);
        Objects.requireNonNull(method);
        fullName = Text.required("fullName", fullName, MAX_NAME);
        userAgent = userAgent == null ? null : truncate(userAgent, 500);
        Objects.requireNonNull(recordedBy);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
