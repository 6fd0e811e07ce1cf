package io.policyhub.practice;

import io.policyhub.shared.ResourceNotFound;

public final class PracticeNotFound extends ResourceNotFound {

    private PracticeNotFound(String message) {
        super("practice-not-found", message);
    }

    public static PracticeNotFound of(PracticeId id) {
        return new PracticeNotFound("No practice " + id + " was found.");
    }
}
