package io.policyhub.acknowledgement;

import io.policyhub.practice.Practice;
import io.policyhub.shared.ResourceGone;
import java.util.Optional;

/**
 * A portal link that existed but no longer works: revoked, expired, or its policy withdrawn. It names the
 * practice so the client knows whom to ask for a new one.
 */
public final class PortalLinkUnusable extends ResourceGone {

    private final String practiceName;
    private final Optional<String> contactEmail;
    private final PortalBranding branding;

    private PortalLinkUnusable(String message, Practice practice) {
        super(message);
        this.practiceName = practice.name();
        this.contactEmail = practice.contactEmail();
        this.branding = PortalBranding.of(practice);
    }

    public static PortalLinkUnusable expired(Practice practice) {
        return new PortalLinkUnusable(
                "This link has expired. Please ask " + practice.name() + " for a new one.", practice);
    }

    public static PortalLinkUnusable revoked(Practice practice) {
        return new PortalLinkUnusable(
                "This link is no longer valid. Please ask " + practice.name() + " for a new one.", practice);
    }

    /** The practice's look, so that even this page is recognisably theirs. */
    public PortalBranding branding() {
        return branding;
    }

    public String practiceName() {
        return practiceName;
    }

    public Optional<String> contactEmail() {
        return contactEmail;
    }

    @Override
    public String problem() {
        return "portal-link-gone";
    }
}
