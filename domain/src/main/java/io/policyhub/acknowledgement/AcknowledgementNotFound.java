package io.policyhub.acknowledgement;

import io.policyhub.shared.ResourceNotFound;
import java.util.UUID;

public final class AcknowledgementNotFound extends ResourceNotFound {

    private AcknowledgementNotFound(String message) {
        super("acknowledgement-not-found", message);
    }

    public static AcknowledgementNotFound of(UUID id) {
        return new AcknowledgementNotFound("No acknowledgement " + id + " was found.");
    }

    /** A client asks for their receipt before agreeing to the version their link shows. */
    public static AcknowledgementNotFound notYetGiven() {
        return new AcknowledgementNotFound("There is no receipt yet: please read the policy and agree to it first.");
    }
}
