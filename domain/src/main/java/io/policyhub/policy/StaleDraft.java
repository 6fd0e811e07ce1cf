package io.policyhub.policy;

import io.policyhub.shared.DomainException;

/** An edit based on a draft revision that is no longer the current one. */
public final class StaleDraft extends DomainException {

    private final long currentRevision;

    private StaleDraft(String message, long currentRevision) {
        super(message);
        this.currentRevision = currentRevision;
    }

    public static StaleDraft of(PolicyId id, long expected, long current) {
        return new StaleDraft(
                "The draft of policy " + id + " changed since revision " + expected + " (it is now at revision "
                        + current + "). Reload it and apply your edits again.",
                current);
    }

    public long currentRevision() {
        return currentRevision;
    }

    @Override
    public String problem() {
        return "stale-draft";
    }
}
