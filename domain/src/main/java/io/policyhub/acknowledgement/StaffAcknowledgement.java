package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An acknowledgement given outside the portal (on paper, in the room) that staff or an integrator record. */
public record StaffAcknowledgement(
        ClientId clientId,
        PolicyId policyId,
        Optional<Integer> version,
        @Nullable String fullName,
        AcknowledgementMethod method) {}
