package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The personal portal links of the current practice, found by the hash of their token. */
public interface PortalLinks {

    PortalLink save(PortalLink link);

    Optional<PortalLink> findByTokenHash(TokenHash hash);

    /**
     * The practice a token belongs to. The one look-up that crosses tenants: a portal request carries nothing
     * but its token, and must learn its practice before it can be scoped to it.
     */
    Optional<PracticeId> practiceOf(TokenHash hash);

    /** Links of this client for this policy that are neither revoked nor expired at {@code now}. */
    List<PortalLink> usableLinks(PolicyId policy, ClientId client, Instant now);
}
