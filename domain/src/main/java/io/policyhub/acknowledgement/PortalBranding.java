package io.policyhub.acknowledgement;

import io.policyhub.practice.BrandColour;
import io.policyhub.practice.Logo;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import java.util.Optional;

/** How a practice's portal pages look: its brand colour and logo, if it chose them. */
public record PortalBranding(PracticeId practiceId, Optional<BrandColour> colour, Optional<Logo> logo) {

    public static PortalBranding of(Practice practice) {
        return new PortalBranding(practice.id(), practice.brandColour(), practice.logo());
    }
}
