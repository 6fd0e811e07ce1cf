package io.policyhub.acknowledgement;

import io.policyhub.policy.Policies;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyNotFound;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;

/** Who of the practice's clients has a policy, and who agreed, is outstanding or overdue: for picking and chasing. */
public class ProgressManagement {

    private final ClientProgressQueries queries;
    private final Policies policies;

    public ProgressManagement(ClientProgressQueries queries, Policies policies) {
        this.queries = queries;
        this.policies = policies;
    }

    public Page<ClientProgress> forPolicy(PolicyId policy, ProgressFilter filter, PageRequest page) {
        policies.findById(policy).orElseThrow(() -> PolicyNotFound.of(policy));
        int binding = policies.bindingVersion(policy).orElse(Integer.MAX_VALUE);
        return queries.forPolicy(policy, binding, filter, page);
    }
}
