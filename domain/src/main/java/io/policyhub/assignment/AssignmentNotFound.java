package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.shared.ResourceNotFound;

public final class AssignmentNotFound extends ResourceNotFound {

    private AssignmentNotFound(String message) {
        super("assignment-not-found", message);
    }

    public static AssignmentNotFound of(PolicyId policy, ClientId client) {
        return new AssignmentNotFound("Client " + client + " is not assigned policy " + policy + ".");
    }
}
