package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import java.time.Instant;
import java.util.Optional;

/**
 * One client's progress with one policy.
 *
 * @param askedAt when the client was last asked to agree (assigned, or a MAJOR version since); empty when the
 *     policy is not assigned to them
 * @param lastAcknowledgedVersion the newest version of the policy the client agreed to, if any
 */
public record ClientProgress(
        ClientId clientId,
        String displayName,
        String email,
        Optional<String> externalRef,
        Progress progress,
        Optional<Instant> askedAt,
        Optional<Integer> lastAcknowledgedVersion) {

    public boolean assigned() {
        return progress != Progress.NOT_ASSIGNED;
    }
}
