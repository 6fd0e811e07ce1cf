package io.policyhub.shared;

/**
 * A service the request depends on could not be reached or failed, and what the request had begun was undone:
 * nothing changed, and the same request may simply be sent again later.
 */
public class ServiceUnavailable extends DomainException {

    private final String problem;

    protected ServiceUnavailable(String problem, String message, Throwable cause) {
        super(message);
        this.problem = problem;
        initCause(cause);
    }

    /** The identity provider (Keycloak) did not answer, or answered with an error of its own. */
    public static ServiceUnavailable identityProvider(Throwable cause) {
        return new ServiceUnavailable(
                "identity-provider-unavailable",
                "The identity provider could not complete the request. Nothing was changed; try again in a moment.",
                cause);
    }

    @Override
    public String problem() {
        return problem;
    }
}
