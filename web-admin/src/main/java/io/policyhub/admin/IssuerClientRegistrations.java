package io.policyhub.admin;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The standard {@code spring.security.oauth2.client.*} registrations, resolved on the first sign-in instead of at
 * start-up: a registration with an {@code issuer-uri} reads the issuer's OIDC discovery document, and the
 * application should start (and serve its API and portal) while the identity provider is briefly away. A failed
 * discovery is tried again on the next sign-in.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    private final OAuth2ClientProperties properties;
    private final AtomicReference<@Nullable Map<String, ClientRegistration>> resolved = new AtomicReference<>();

    IssuerClientRegistrations(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        Map<String, ClientRegistration> registrations = resolved.get();
        if (registrations == null) {
            registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
            resolved.compareAndSet(null, registrations);
        }
        return registrations.get(registrationId);
    }
}
