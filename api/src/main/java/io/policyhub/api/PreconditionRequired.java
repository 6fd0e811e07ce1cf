package io.policyhub.api;

/** A conditional write arrived without the condition (If-Match) that protects it from lost updates. */
public final class PreconditionRequired extends RuntimeException {

    public PreconditionRequired(String message) {
        super(message);
    }
}
