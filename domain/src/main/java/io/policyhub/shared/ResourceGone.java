package io.policyhub.shared;

/** The resource existed but is gone for good: a revoked or expired link, a withdrawn policy. */
public abstract class ResourceGone extends DomainException {

    protected ResourceGone(String message) {
        super(message);
    }
}
