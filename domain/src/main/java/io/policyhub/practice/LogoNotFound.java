package io.policyhub.practice;

import io.policyhub.shared.ResourceNotFound;

public final class LogoNotFound extends ResourceNotFound {

    private LogoNotFound(String message) {
        super("logo-not-found", message);
    }

    public static LogoNotFound of(PracticeId id) {
        return new LogoNotFound("Practice " + id + " has no logo.");
    }
}
