package io.policyhub.admin;

import java.net.URI;
import java.util.Optional;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;

/**
 * The admin pages' Content-Security-Policy: scripts, styles and requests from our own origin only (no inline
 * script or style, no eval), no framing, no plugins. Forms may post to our origin and to the identity provider,
 * because signing out redirects a form post there.
 */
final class AdminContentSecurityPolicy {

    private AdminContentSecurityPolicy() {}

    static String of(OAuth2ClientProperties properties) {
        String formTargets =
                issuerOrigin(properties).map(origin -> "'self' " + origin).orElse("'self'");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self';"
                + " form-action " + formTargets + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    private static Optional<String> issuerOrigin(OAuth2ClientProperties properties) {
        return Optional.ofNullable(properties.getProvider().get(AdminPaths.REGISTRATION_ID))
                .map(provider ->
                        provider.getIssuerUri() != null ? provider.getIssuerUri() : provider.getAuthorizationUri())
                .map(URI::create)
                .filter(uri -> uri.getScheme() != null && uri.getAuthority() != null)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority());
    }
}
