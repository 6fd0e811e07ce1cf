package io.policyhub.acknowledgement;

import org.jspecify.annotations.Nullable;

/** Where a portal request came from, kept with the acknowledgement as evidence. */
public record RequestOrigin(
        @Nullable String ipAddress, @Nullable String userAgent) {}
