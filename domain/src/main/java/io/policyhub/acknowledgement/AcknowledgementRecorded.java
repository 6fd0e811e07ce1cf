package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's acknowledgement of a policy version was stored: published once per new acknowledgement, never for
 * a repeated submission that found the earlier one. Carries identifiers only, no personal data.
 */
public record AcknowledgementRecorded(
        UUID acknowledgementId,
        PracticeId practiceId,
        ClientId clientId,
        PolicyId policyId,
        int version,
        AcknowledgementMethod method) {

    public AcknowledgementRecorded {
        Objects.requireNonNull(acknowledgementId);
        Objects.requireNonNull(practiceId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(policyId);
        Objects.requireNonNull(method);
    }

    static AcknowledgementRecorded of(Acknowledgement acknowledgement) {
        return new AcknowledgementRecorded(
                acknowledgement.id(),
                acknowledgement.practiceId(),
                acknowledgement.clientId(),
                acknowledgement.policyId(),
                acknowledgement.version(),
                acknowledgement.method());
    }
}
