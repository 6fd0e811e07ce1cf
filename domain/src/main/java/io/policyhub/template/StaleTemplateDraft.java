package io.policyhub.template;

import io.policyhub.shared.StaleRevision;

/** An edit of a template's draft based on a revision that is no longer the current one. */
public final class StaleTemplateDraft extends StaleRevision {

    private StaleTemplateDraft(String message, long currentRevision) {
        super(message, currentRevision);
    }

    public static StaleTemplateDraft of(TemplateId id, long expected, long current) {
        return new StaleTemplateDraft(
                "The draft of template " + id + " changed since revision " + expected + " (it is now at revision "
                        + current + "). Reload it and apply your edits again.",
                current);
    }

    @Override
    public String problem() {
        return "stale-template-draft";
    }
}
