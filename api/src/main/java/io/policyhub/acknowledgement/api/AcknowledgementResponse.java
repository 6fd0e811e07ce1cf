package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

record AcknowledgementResponse(
        UUID id,
        UUID clientId,
        UUID policyId,
        int version,
        String contentHash,
        Instant acknowledgedAt,
        AcknowledgementMethod method,
        String fullName,
        @Nullable String ipAddress,
        @Nullable String userAgent,
        String recordedBy) {

    static AcknowledgementResponse of(Acknowledgement ack) {
        return new AcknowledgementResponse(
                ack.id(),
                ack.clientId().value(),
                ack.policyId().value(),
                ack.version(),
                ack.contentHash().hex(),
                ack.acknowledgedAt(),
                ack.method(),
                ack.fullName(),
                ack.ipAddress(),
                ack.userAgent(),
                ack.recordedBy());
    }
}
