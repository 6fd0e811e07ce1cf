package io.policyhub.policy.api;

import io.policyhub.policy.TemplateUpgrade;
import io.policyhub.template.MergeConflict;
import java.util.List;
import java.util.UUID;

/**
 * A proposed draft bringing a policy to a newer template version. When {@code clean}, {@code content} can be
 * applied as it is; otherwise it holds git-style conflict markers around each hunk listed in {@code conflicts},
 * for the editor to resolve. {@code baseRevision} is the draft revision to send in If-Match when applying.
 */
record TemplateUpgradeResponse(
        UUID policyId,
        long baseRevision,
        int fromVersion,
        int toVersion,
        boolean clean,
        String content,
        List<ConflictResponse> conflicts) {

    static TemplateUpgradeResponse of(TemplateUpgrade upgrade) {
        return new TemplateUpgradeResponse(
                upgrade.policyId().value(),
                upgrade.baseRevision(),
                upgrade.fromVersion(),
                upgrade.toVersion(),
                upgrade.merge().clean(),
                upgrade.merge().text(),
                upgrade.merge().conflicts().stream().map(ConflictResponse::of).toList());
    }

    /** One clashing hunk: the draft's lines, the old template's and the new template's. */
    record ConflictResponse(int line, String ours, String base, String theirs) {
        static ConflictResponse of(MergeConflict conflict) {
            return new ConflictResponse(conflict.line(), conflict.ours(), conflict.base(), conflict.theirs());
        }
    }
}
