package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.Compliance;
import io.policyhub.acknowledgement.OutstandingClient;
import io.policyhub.api.PageResponse;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param bindingVersion the version clients must have acknowledged (or a later one): the newest MAJOR version
 */
record ComplianceResponse(
        @Nullable Integer currentVersion,
        @Nullable Integer bindingVersion,
        long assigned,
        long acknowledged,
        long outstanding,
        PageResponse<Outstanding> outstandingClients) {

    static ComplianceResponse of(Compliance compliance) {
        return new ComplianceResponse(
                compliance.currentVersion().orElse(null),
                compliance.bindingVersion().orElse(null),
                compliance.assigned(),
                compliance.acknowledged(),
                compliance.outstanding(),
                PageResponse.of(compliance.outstandingClients(), Outstanding::of));
    }

    record Outstanding(
            UUID clientId,
            String displayName,
            String email,
            Instant assignedAt,
            @Nullable Integer lastAcknowledgedVersion) {

        static Outstanding of(OutstandingClient client) {
            return new Outstanding(
                    client.clientId().value(),
                    client.displayName(),
                    client.email(),
                    client.assignedAt(),
                    client.lastAcknowledgedVersion().orElse(null));
        }
    }
}
