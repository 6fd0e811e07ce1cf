package io.policyhub.acknowledgement;

import io.policyhub.policy.PolicyId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;

/** Every live client of the current practice with their progress on one policy. */
public interface ClientProgressQueries {

    /**
     * Clients by name, each with their progress against {@code bindingVersion} (an acknowledgement of it or of a
     * later version counts; {@link Integer#MAX_VALUE} when nothing is published, so nothing counts).
     */
    Page<ClientProgress> forPolicy(PolicyId policy, int bindingVersion, ProgressFilter filter, PageRequest page);
}
