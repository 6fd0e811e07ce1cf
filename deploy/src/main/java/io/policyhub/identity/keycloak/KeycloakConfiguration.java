package io.policyhub.identity.keycloak;

import io.policyhub.practice.PracticeDirectory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.ClientBuilderWrapper;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provisions in Keycloak whenever its admin client is configured; nothing else links Policyhub to Keycloak. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${policyhub.keycloak.admin-client-id:}'.isBlank()")
class KeycloakConfiguration {

    @Bean
    KeycloakSettings keycloakSettings(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${policyhub.keycloak.url:}") String serverUrl,
            @Value("${policyhub.keycloak.realm:}") String realm,
            @Value("${policyhub.keycloak.admin-client-id}") String clientId,
            @Value("${policyhub.keycloak.admin-client-secret}") String clientSecret,
            @Value("${policyhub.keycloak.invitation-validity:P3D}") Duration invitationValidity,
            @Value("${policyhub.keycloak.timeout:PT10S}") Duration timeout) {
        return KeycloakSettings.of(issuer, serverUrl, realm, clientId, clientSecret, invitationValidity, timeout);
    }

    /** One admin client for the application: it keeps its service-account token and refreshes it when due. */
    @Bean(destroyMethod = "close")
    Keycloak keycloakAdminClient(KeycloakSettings settings) {
        long timeout = settings.timeout().toMillis();
        var http = ClientBuilderWrapper.create(null, false)
                .connectTimeout(Math.min(timeout, 5000), TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .register(JacksonProvider.class, 100)
                .build();
        return KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl().toString())
                .realm(settings.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .resteasyClient(http)
                .build();
    }

    @Bean
    PracticeDirectory keycloakDirectory(
            Keycloak keycloak,
            KeycloakSettings settings,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") String apiAudiences) {
        // Integrators' tokens carry the (first) audience the API accepts.
        String apiAudience = apiAudiences.split(",")[0].strip();
        RealmResource realm = keycloak.realm(settings.realm());
        var organizations = new KeycloakOrganizations(realm);
        var staff = new KeycloakStaff(realm, organizations, settings.invitationValidity());
        var integrators = new KeycloakIntegrators(realm, organizations, staff, settings, apiAudience);
        return new KeycloakDirectory(organizations, staff, integrators, new KeycloakTeam(realm, organizations));
    }
}
