package io.policyhub.acknowledgement.portal;

import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.acknowledgement.PortalBranding;
import io.policyhub.acknowledgement.PortalLinkNotFound;
import io.policyhub.api.PortalScopeFilter;
import io.policyhub.practice.BrandColour;
import io.policyhub.practice.Logo;
import io.policyhub.practice.LogoImage;
import io.policyhub.practice.PracticeLogoManagement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The practice's branding on its portal pages, served from this origin so the Content-Security-Policy stays
 * strict ({@code style-src 'self'; img-src 'self'}, no inline styles): the brand colour as a two-line style sheet
 * and the logo as an image. Their URLs carry a version, so browsers may keep them until the branding changes.
 * They are served for any link the practice issued, even one that expired or was revoked, whose page says so in
 * the practice's colours.
 */
@Controller
@RequestMapping("/portal/{token}")
class PortalBrand {

    private static final CacheControl UNTIL_CHANGED =
            CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final PortalAcknowledgement portal;
    private final PracticeLogoManagement logos;

    PortalBrand(PortalAcknowledgement portal, PracticeLogoManagement logos) {
        this.portal = portal;
        this.logos = logos;
    }

    /** The practice's style sheet for pages reached through {@code token}; none without a brand colour. */
    static @Nullable String stylesheetUrl(String token, Optional<BrandColour> colour) {
        return colour.map(chosen -> "/portal/" + token + "/brand.css?v="
                        + chosen.hex().substring(1) + chosen.textColour().substring(1))
                .orElse(null);
    }

    /** The practice's logo for pages reached through {@code token}; none without a logo. */
    static @Nullable String logoUrl(String token, Optional<Logo> logo) {
        return logo.map(chosen ->
                        "/portal/" + token + "/logo?v=" + chosen.sha256().substring(0, 16))
                .orElse(null);
    }

    @GetMapping("/brand.css")
    ResponseEntity<String> stylesheet(@PathVariable String token) {
        PortalBranding branding = portal.branding(PortalScopeFilter.tokenOf(token));
        // Only a validated #RRGGBB ever reaches this text: nothing a practice types can become CSS.
        String css = branding.colour()
                .map(colour -> ":root { --brand: " + colour.hex() + "; --on-brand: " + colour.textColour() + "; }\n")
                .orElse("");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(UNTIL_CHANGED)
                .body(css);
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@PathVariable String token) {
        PortalBranding branding = portal.branding(PortalScopeFilter.tokenOf(token));
        if (branding.logo().isEmpty()) {
            throw PortalLinkNotFound.create();
        }
        LogoImage logo = logos.get(branding.practiceId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(UNTIL_CHANGED)
                .body(logo.bytes());
    }
}
