package io.policyhub.policy.api;

import io.policyhub.policy.DiffOperation;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.VersionDiff;
import java.util.List;
import java.util.UUID;

/**
 * How version {@code to} differs from version {@code from}.
 *
 * @param unified a unified diff of the two contents ({@code --- v<from>}, {@code +++ v<to>})
 * @param words the same change word by word: concatenating the EQUAL and DELETE runs gives the older text, the
 *     EQUAL and INSERT runs the newer one
 */
record DiffResponse(UUID policyId, int from, int to, String unified, List<Change> words) {

    record Change(DiffOperation op, String text) {}

    static DiffResponse of(PolicyId policyId, VersionDiff diff) {
        return new DiffResponse(
                policyId.value(),
                diff.from(),
                diff.to(),
                diff.unified(),
                diff.words().stream()
                        .map(change -> new Change(change.operation(), change.text()))
                        .toList());
    }
}
