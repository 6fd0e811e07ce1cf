package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.Objects;

/** A client is asked to acknowledge a policy: its current version, and every later MAJOR one. */
public record Assignment(
        PracticeId practiceId, PolicyId policyId, ClientId clientId, Instant assignedAt, String assignedBy) {

    public Assignment {
        Objects.requireNonNull(practiceId);
        Objects.requireNonNull(policyId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(assignedAt);
        Objects.requireNonNull(assignedBy);
    }
}
