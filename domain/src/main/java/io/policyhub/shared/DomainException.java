package io.policyhub.shared;

/**
 * Base of every rule the domain refuses. Subclasses say which kind of refusal it is, so the adapters
 * (REST problem details, admin pages) translate each kind once.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** A short, stable, kebab-case name of the problem, used in problem type URIs. */
    public abstract String problem();
}
