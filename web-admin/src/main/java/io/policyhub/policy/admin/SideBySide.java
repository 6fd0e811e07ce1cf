package io.policyhub.policy.admin;

import io.policyhub.policy.DiffOperation;
import io.policyhub.policy.VersionDiff;
import io.policyhub.policy.WordChange;
import java.util.List;

/**
 * A word-level diff laid out in two columns: the older text with what was removed marked, beside the newer text
 * with what was added marked.
 */
record SideBySide(int from, int to, List<WordChange> older, List<WordChange> newer, int insertions, int deletions) {

    static SideBySide of(VersionDiff diff) {
        List<WordChange> older = diff.words().stream()
                .filter(change -> change.operation() != DiffOperation.INSERT)
                .toList();
        List<WordChange> newer = diff.words().stream()
                .filter(change -> change.operation() != DiffOperation.DELETE)
                .toList();
        return new SideBySide(
                diff.from(),
                diff.to(),
                older,
                newer,
                count(diff, DiffOperation.INSERT),
                count(diff, DiffOperation.DELETE));
    }

    public boolean identical() {
        return insertions == 0 && deletions == 0;
    }

    private static int count(VersionDiff diff, DiffOperation operation) {
        return (int) diff.words().stream()
                .filter(change -> change.operation() == operation)
                .count();
    }
}
