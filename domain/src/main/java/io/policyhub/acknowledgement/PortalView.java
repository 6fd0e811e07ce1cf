package io.policyhub.acknowledgement;

import io.policyhub.policy.PolicyVersion;
import java.util.Optional;

/** What a client sees behind their link: the version they are asked to agree to, and whether they did. */
public record PortalView(
        String practiceName,
        Optional<String> practiceContactEmail,
        PolicyVersion version,
        Optional<Acknowledgement> acknowledgement) {}
