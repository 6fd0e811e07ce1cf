package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import java.time.Instant;
import java.util.Optional;

/** The result of assigning one client: the new token appears here once and nowhere else. */
public record AssignmentOutcome(
        ClientId clientId, AssignmentStatus status, Optional<PortalToken> token, Instant expiresAt) {}
