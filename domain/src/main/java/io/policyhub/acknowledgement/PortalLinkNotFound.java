package io.policyhub.acknowledgement;

import io.policyhub.shared.ResourceNotFound;

/** No link has this token; deliberately says nothing more. */
public final class PortalLinkNotFound extends ResourceNotFound {

    private PortalLinkNotFound() {
        super("portal-link-not-found", "This link is not valid. Please check it, or ask your practice for a new one.");
    }

    public static PortalLinkNotFound create() {
        return new PortalLinkNotFound();
    }
}
