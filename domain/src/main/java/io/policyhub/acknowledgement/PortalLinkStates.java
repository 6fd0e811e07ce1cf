package io.policyhub.acknowledgement;

import io.policyhub.assignment.TokenHash;
import java.util.Optional;

/** The portal links of the current practice with the state that governs them, found by their token's hash. */
public interface PortalLinkStates {

    Optional<PortalLinkState> findByTokenHash(TokenHash hash);
}
