package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.PortalView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The policy behind a client's link; {@code acknowledgedAt} is set once they agreed to this version, and
 * {@code professionalBody} when the practice names the body its therapists are registered with.
 */
record PortalViewResponse(
        String practiceName,
        @Nullable String professionalBody,
        String policyTitle,
        int version,
        String content,
        String contentHash,
        boolean acknowledged,
        @Nullable Instant acknowledgedAt) {

    static PortalViewResponse of(PortalView view) {
        return new PortalViewResponse(
                view.practiceName(),
                view.professionalBody().orElse(null),
                view.version().title(),
                view.version().number(),
                view.version().content(),
                view.version().contentHash().hex(),
                view.acknowledgement().isPresent(),
                view.acknowledgement().map(ack -> ack.acknowledgedAt()).orElse(null));
    }
}
