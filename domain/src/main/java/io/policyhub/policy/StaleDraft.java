package io.policyhub.policy;

import io.policyhub.shared.StaleRevision;

/** An edit based on a draft revision that is no longer the current one. */
public final class StaleDraft extends StaleRevision {

    private StaleDraft(String message, long currentRevision) {
        super(message, currentRevision);
    }

    public static StaleDraft of(PolicyId id, long expected, long current) {
        return new StaleDraft(
                "The draft of policy " + id + " changed since revision " + expected + " (it is now at revision "
                        + current + "). Reload it and apply your edits again.",
                current);
    }

    @Override
    public String problem() {
        return "stale-draft";
    }
}
