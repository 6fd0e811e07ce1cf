package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import java.util.List;
import java.util.Optional;

/** Which clients of the current practice are asked to acknowledge which policies. */
public interface Assignments {

    Optional<Assignment> find(PolicyId policy, ClientId client);

    Assignment save(Assignment assignment);

    void delete(PolicyId policy, ClientId client);

    /** The live (not erased) clients assigned this policy. */
    List<ClientId> clientsOf(PolicyId policy);
}
