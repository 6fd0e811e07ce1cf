package io.policyhub.acknowledgement;

import io.policyhub.shared.ResourceGone;

/** A portal link that existed but no longer works: revoked, expired, or its policy withdrawn. */
public final class PortalLinkUnusable extends ResourceGone {

    private PortalLinkUnusable(String message) {
        super(message);
    }

    public static PortalLinkUnusable expired() {
        return new PortalLinkUnusable("This link has expired. Please ask your practice for a new one.");
    }

    public static PortalLinkUnusable revoked() {
        return new PortalLinkUnusable("This link is no longer valid. Please ask your practice for a new one.");
    }

    @Override
    public String problem() {
        return "portal-link-gone";
    }
}
