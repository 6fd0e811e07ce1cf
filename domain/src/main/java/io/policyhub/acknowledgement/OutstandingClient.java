package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import java.time.Instant;
import java.util.Optional;

/**
 * An assigned client who has not acknowledged the version that currently binds them.
 *
 * @param askedAt when they were last asked to (assigned, or a MAJOR version published since)
 * @param overdue whether the practice's last reminder after that is already past
 */
public record OutstandingClient(
        ClientId clientId,
        String displayName,
        String email,
        Instant assignedAt,
        Optional<Integer> lastAcknowledgedVersion,
        Instant askedAt,
        boolean overdue) {}
