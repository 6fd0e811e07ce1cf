package io.policyhub.acknowledgement;

import io.policyhub.assignment.PortalLink;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyStatus;
import java.util.Optional;

/**
 * A portal link together with what decides whether it may still be used: whether its client is still a client
 * (not erased), the status of its policy, and the policy's current version. Read in one go because every
 * portal request needs all of it.
 *
 * @param link the link the token belongs to
 * @param clientActive whether the link's client exists and has not been erased
 * @param policyStatus the status of the link's policy
 * @param currentVersion the number and content hash of the policy's latest published version, if any
 */
public record PortalLinkState(
        PortalLink link, boolean clientActive, PolicyStatus policyStatus, Optional<CurrentVersion> currentVersion) {

    /** The version a client is asked to agree to, identified without loading its text. */
    public record CurrentVersion(int number, ContentHash contentHash) {}
}
