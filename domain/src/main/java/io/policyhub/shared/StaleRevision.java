package io.policyhub.shared;

/**
 * An edit based on a revision of a draft (a policy's, a template's) that is no longer the current one: the
 * editor reloads and applies the change again instead of overwriting someone else's.
 */
public abstract class StaleRevision extends DomainException {

    private final long currentRevision;

    protected StaleRevision(String message, long currentRevision) {
        super(message);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
