package io.policyhub.e2e;

import io.policyhub.support.FreePorts;

/**
 * Where the application under test serves its admin pages, fixed before Keycloak starts: the realm's
 * {@code policyhub-admin} client accepts sign-in callbacks and post-logout redirects only under this address
 * ({@code POLICYHUB_PUBLIC_BASE_URL} in the realm file). Its host is {@code localhost}, a site apart from Keycloak's
 * {@code 127.0.0.1} as the two are apart in production, so a browser keeps their cookies apart too.
 */
final class ApplicationAddress {

    static final int PORT = FreePorts.freePort();

    private ApplicationAddress() {}

    static String baseUrl() {
        return "http://localhost:" + PORT;
    }

    /** The admin UI's callback for the {@code policyhub} registration, as Spring Security sends it to Keycloak. */
    static String signInCallback() {
        return baseUrl() + "/admin/login/oauth2/code/policyhub";
    }
}
