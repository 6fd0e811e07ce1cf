package io.policyhub.acknowledgement;

import io.policyhub.assignment.PortalLinks;
import io.policyhub.assignment.PortalToken;
import io.policyhub.practice.PracticeId;
import java.util.Optional;

/**
 * Finds the practice a portal token belongs to, before the request can be scoped to it. Deliberately not a
 * transactional service: it is one read of immutable data by a single statement, and a transaction around it
 * would only add round trips to the portal's hot path.
 */
public class PortalTokens {

    private final PortalLinks links;

    public PortalTokens(PortalLinks links) {
        this.links = links;
    }

    /** Which practice's scope a request with this token must run in; empty for a token nobody issued. */
    public Optional<PracticeId> practiceOf(PortalToken token) {
        return links.practiceOf(token.hash());
    }
}
