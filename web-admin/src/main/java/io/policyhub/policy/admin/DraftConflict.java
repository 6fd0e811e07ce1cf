package io.policyhub.policy.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Another editor saved the draft after this editor opened it.
 *
 * @param currentRevision the revision now stored, which the editor may choose to overwrite
 * @param savedBy who saved it, from the audit trail (unknown when the trail has no such entry)
 */
record DraftConflict(
        long currentRevision,
        @Nullable String savedBy,
        @Nullable Instant savedAt) {}
