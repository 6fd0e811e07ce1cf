package io.policyhub.identity.keycloak;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Policyhub reaches Keycloak's admin API, and as whom.
 *
 * @param serverUrl Keycloak's base URL, as this server reaches it (may be an internal address)
 * @param realm the realm of the practices
 * @param issuer the realm's public issuer URL, as integrators reach it
 * @param clientId the confidential client whose service account provisions
 * @param invitationValidity how long an invited person's link to choose a password works
 * @param timeout how long one admin call may take before the request fails with 503
 */
record KeycloakSettings(
        URI serverUrl,
        String realm,
        URI issuer,
        String clientId,
        String clientSecret,
        Duration invitationValidity,
        Duration timeout) {

    private static final Pattern REALM_ISSUER = Pattern.compile("^(.*)/realms/([^/]+)/?$");

    /** Takes server URL and realm from the issuer ({@code <server>/realms/<realm>}) unless given explicitly. */
    static KeycloakSettings of(
            String issuer,
            String serverUrl,
            String realm,
            String clientId,
            String clientSecret,
            Duration invitationValidity,
            Duration timeout) {
        Matcher keycloakIssuer = REALM_ISSUER.matcher(issuer);
        if ((serverUrl.isBlank() || realm.isBlank()) && !keycloakIssuer.matches()) {
            throw new IllegalStateException("The issuer " + issuer + " is not a Keycloak realm URL (<server>/realms/"
                    + "<realm>): set POLICYHUB_KEYCLOAK_URL and POLICYHUB_KEYCLOAK_REALM");
        }
        return new KeycloakSettings(
                URI.create(serverUrl.isBlank() ? keycloakIssuer.group(1) : serverUrl),
                realm.isBlank() ? keycloakIssuer.group(2) : realm,
                URI.create(issuer.replaceAll("/$", "")),
                clientId,
                clientSecret,
                invitationValidity,
                timeout);
    }

    /** The token endpoint integrators use, on the public issuer (the admin URL may be internal). */
    String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }
}
