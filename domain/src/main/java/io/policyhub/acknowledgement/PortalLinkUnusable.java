package io.policyhub.acknowledgement;

import io.policyhub.shared.ResourceGone;
import java.util.Optional;

/**
 * A portal link that existed but no longer works: revoked, expired, or its policy withdrawn. It names the
 * practice so the client knows whom to ask for a new one.
 */
public final class PortalLinkUnusable extends ResourceGone {

    private final String practiceName;
    private final Optional<String> contactEmail;

    private PortalLinkUnusable(String message, String practiceName, Optional<String> contactEmail) {
        super(message);
        this.practiceName = practiceName;
        this.contactEmail = contactEmail;
    }

    public static PortalLinkUnusable expired(String practiceName, Optional<String> contactEmail) {
        return new PortalLinkUnusable(
                "This link has expired. Please ask " + practiceName + " for a new one.", practiceName, contactEmail);
    }

    public static PortalLinkUnusable revoked(String practiceName, Optional<String> contactEmail) {
        return new PortalLinkUnusable(
                "This link is no longer valid. Please ask " + practiceName + " for a new one.",
                practiceName,
                contactEmail);
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
