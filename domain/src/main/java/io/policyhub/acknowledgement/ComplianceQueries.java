package io.policyhub.acknowledgement;

import io.policyhub.policy.PolicyId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;

/** Counting the current practice's assigned clients against their acknowledgements. */
public interface ComplianceQueries {

    long assignedClients(PolicyId policy);

    /** Assigned clients with an acknowledgement of {@code bindingVersion} or any later version. */
    long acknowledgedClients(PolicyId policy, int bindingVersion);

    /** Assigned clients without such an acknowledgement, by name. */
    Page<OutstandingClient> outstandingClients(PolicyId policy, int bindingVersion, PageRequest page);
}
