package io.policyhub.acknowledgement;

import io.policyhub.client.ClientId;
import java.time.Instant;
import java.util.Optional;

/** An assigned client who has not acknowledged the version that currently binds them. */
public record OutstandingClient(
        ClientId clientId,
        String displayName,
        String email,
        Instant assignedAt,
        Optional<Integer> lastAcknowledgedVersion) {}
