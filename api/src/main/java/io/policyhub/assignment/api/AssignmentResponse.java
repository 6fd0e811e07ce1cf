package io.policyhub.assignment.api;

import io.policyhub.assignment.AssignmentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param portalUrl the client's personal link: shown only when it is issued, never again
 */
record AssignmentResponse(
        UUID clientId, AssignmentStatus status, @Nullable String portalUrl, Instant expiresAt) {

    record Batch(List<AssignmentResponse> assignments) {}
}
