package io.policyhub.policy;

import io.policyhub.shared.ResourceNotFound;

public final class PolicyNotFound extends ResourceNotFound {

    private PolicyNotFound(String message) {
        super("policy-not-found", message);
    }

    public static PolicyNotFound of(PolicyId id) {
        return new PolicyNotFound("No policy " + id + " was found.");
    }

    public static PolicyNotFound version(PolicyId id, int number) {
        return new PolicyNotFound("Policy " + id + " has no published version " + number + ".");
    }
}
