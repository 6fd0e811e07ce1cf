package io.policyhub.acknowledgement;

import io.policyhub.policy.PolicyId;
import io.policyhub.shared.PageRequest;
import java.util.List;

/** Counting the current practice's assigned clients against their acknowledgements. */
public interface ComplianceQueries {

    /**
     * How many live clients are assigned the policy, how many of them acknowledged {@code bindingVersion} or a
     * later version (with 0 meaning "nothing is binding yet": no acknowledgement counts), and how many of the
     * others are overdue: still not agreed after the last reminder of the practice's schedule fell due.
     */
    ComplianceCounts counts(PolicyId policy, int bindingVersion);

    /**
     * The same counts, with one page of the assigned clients without such an acknowledgement: overdue ones
     * first, then by name.
     */
    ComplianceStanding standing(PolicyId policy, int bindingVersion, PageRequest page);

    /**
     * @param acknowledged assigned clients who acknowledged the binding (or a later) version
     * @param overdue assigned clients who did not, although the practice's last reminder is past
     */
    record ComplianceCounts(long assigned, long acknowledged, long overdue) {}

    /** @param outstanding one page of the outstanding clients */
    record ComplianceStanding(ComplianceCounts counts, List<OutstandingClient> outstanding) {}
}
