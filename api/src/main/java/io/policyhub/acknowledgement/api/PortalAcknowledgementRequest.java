package io.policyhub.acknowledgement.api;

import org.jspecify.annotations.Nullable;

/**
 * @param version the version number the client read (optional): if a newer one was published meanwhile, the
 *     acknowledgement is refused rather than silently applied to text the client never saw
 */
record PortalAcknowledgementRequest(
        @Nullable String fullName,
        @Nullable Boolean agreed,
        @Nullable Integer version) {}
