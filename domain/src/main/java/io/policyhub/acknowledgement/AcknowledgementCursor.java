package io.policyhub.acknowledgement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Where a page of acknowledgements in time order ended: the next page starts after this one. */
public record AcknowledgementCursor(Instant acknowledgedAt, UUID id) {

    public AcknowledgementCursor {
        Objects.requireNonNull(acknowledgedAt);
        Objects.requireNonNull(id);
    }

    public static AcknowledgementCursor after(Acknowledgement acknowledgement) {
        return new AcknowledgementCursor(acknowledgement.acknowledgedAt(), acknowledgement.id());
    }
}
