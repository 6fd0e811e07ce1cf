package io.policyhub.client;

import org.jspecify.annotations.Nullable;

/** What staff or an integrator provide to add a client. */
public record NewClient(
        String displayName, String email, @Nullable String externalRef) {}
