package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import java.time.Instant;
import java.util.UUID;

/** What the client gets back for their acknowledgement: no internal ids beyond its own, no IP address. */
record PortalReceiptResponse(
        UUID id,
        int version,
        String contentHash,
        String fullName,
        AcknowledgementMethod method,
        Instant acknowledgedAt) {

    static PortalReceiptResponse of(Acknowledgement ack) {
        return new PortalReceiptResponse(
                ack.id(), ack.version(), ack.contentHash().hex(), ack.fullName(), ack.method(), ack.acknowledgedAt());
    }
}
