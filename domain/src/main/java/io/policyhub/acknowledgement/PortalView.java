package io.policyhub.acknowledgement;

import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.BrandColour;
import io.policyhub.practice.Logo;
import java.util.Optional;

/**
 * What a client sees behind their link: the version they are asked to agree to, whether they did, and the
 * practice's name, the professional body its therapists are registered with (where to raise a concern about
 * them), and its branding.
 */
public record PortalView(
        String practiceName,
        Optional<String> practiceContactEmail,
        Optional<String> professionalBody,
        PolicyVersion version,
        Optional<Acknowledgement> acknowledgement,
        Optional<BrandColour> brandColour,
        Optional<Logo> logo) {}
