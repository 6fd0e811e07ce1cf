package io.policyhub.policy.admin;

import io.policyhub.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The editor's form: the draft's title and text, and the revision the editor started from.
 *
 * @param overwriteRevision set only when the editor chose, after a conflict warning, to replace the newer
 *     revision another editor saved with their own text
 */
record DraftForm(
        @Nullable String title,
        @Nullable String content,
        @Nullable Long revision,
        @Nullable Long overwriteRevision) {

    static DraftForm of(Policy policy) {
        return new DraftForm(policy.title(), policy.draftContent(), policy.draftRevision(), null);
    }

    /** The text as Markdown with plain line feeds: browsers send a textarea's line breaks as CR LF. */
    public String text() {
        return content == null ? "" : content.replace("\r\n", "\n");
    }

    public String titleText() {
        return title == null ? "" : title.strip();
    }

    /** The revision this save must replace: the one the editor saw, or the newer one they chose to overwrite. */
    long expectedRevision() {
        if (overwriteRevision != null) {
            return overwriteRevision;
        }
        return revision == null ? 0 : revision;
    }
}
