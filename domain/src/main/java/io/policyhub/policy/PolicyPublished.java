package io.policyhub.policy;

import io.policyhub.practice.PracticeId;

/** A new version of a policy was published. */
public record PolicyPublished(PracticeId practiceId, PolicyId policyId, int version, ChangeKind changeKind) {

    /** Whether clients who agreed to an earlier version must agree again. */
    public boolean asksClientsAgain() {
        return changeKind == ChangeKind.MAJOR && version > 1;
    }
}
