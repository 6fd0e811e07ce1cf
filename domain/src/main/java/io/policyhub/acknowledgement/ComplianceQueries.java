package io.policyhub.acknowledgement;

import io.policyhub.policy.PolicyId;
import io.policyhub.shared.PageRequest;
import java.util.List;

/** Counting the current practice's assigned clients against their acknowledgements. */
public interface ComplianceQueries {

    /**
     * How many live clients are assigned the policy, and how many of them acknowledged {@code bindingVersion}
     * or a later version (with 0 meaning "nothing is binding yet": no acknowledgement counts).
     */
    ComplianceCounts counts(PolicyId policy, int bindingVersion);

    /** One page of the assigned clients without such an acknowledgement, by name. */
    List<OutstandingClient> outstandingClients(PolicyId policy, int bindingVersion, PageRequest page);

    /** @param acknowledged assigned clients who acknowledged the binding (or a later) version */
    record ComplianceCounts(long assigned, long acknowledged) {}
}
