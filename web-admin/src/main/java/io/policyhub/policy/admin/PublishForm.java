package io.policyhub.policy.admin;

import io.policyhub.policy.ChangeKind;
import org.jspecify.annotations.Nullable;

/** The publish dialog: what changed, how much it matters to clients, and the draft revision the admin reviewed. */
record PublishForm(
        @Nullable Long revision,
        @Nullable String changeSummary,
        @Nullable ChangeKind changeKind) {

    static PublishForm reviewing(long revision) {
        return new PublishForm(revision, "", null);
    }

    @Nullable
    String summary() {
        return changeSummary == null
                ? null
                : changeSummary.replace("\r\n", "\n").strip();
    }
}
