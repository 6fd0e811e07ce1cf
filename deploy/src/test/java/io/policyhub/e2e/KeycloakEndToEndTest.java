package io.policyhub.e2e;

import io.policyhub.PolicyhubApplication;
import io.policyhub.support.Api;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestMailServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the end-to-end suite: the whole application on the port of {@link ApplicationAddress} against embedded
 * PostgreSQL (with the demo practices Aurora and Northside) and a real Keycloak, configured only through the
 * settings production uses: the issuer, the admin UI's client and the provisioning admin client.
 */
@SpringBootTest(classes = PolicyhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
abstract class KeycloakEndToEndTest {

    static final String AURORA = "a0a0a0a0-0000-4000-8000-000000000001";
    static final String NORTHSIDE = "b0b0b0b0-0000-4000-8000-000000000002";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Keycloak admin;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        // Known before Keycloak starts, which allows the admin UI's redirects to this address only.
        registry.add("server.port", () -> ApplicationAddress.PORT);
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", () -> TestDatabase.APP_ROLE);
        registry.add("spring.datasource.password", () -> TestDatabase.APP_PASSWORD);
        registry.add("spring.liquibase.url", database::jdbcUrl);
        registry.add("spring.liquibase.user", database::superuser);
        registry.add("spring.liquibase.password", database::superuserPassword);
        registry.add("spring.liquibase.parameters.app_role", () -> TestDatabase.APP_ROLE);
        registry.add("spring.liquibase.contexts", () -> "default,demo");
        registry.add("spring.mail.host", () -> KeycloakServer.HOST);
        registry.add("spring.mail.port", () -> TestMailServer.get().port());
        registry.add("policyhub.portal.base-url", () -> "https://portal.policyhub.test");
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> KeycloakServer.get().issuer());
        registry.add("policyhub.keycloak.admin-client-id", () -> KeycloakServer.PROVISIONER);
        registry.add(
                "policyhub.keycloak.admin-client-secret",
                () -> KeycloakServer.get().provisionerSecret());
        registry.add("spring.security.oauth2.client.registration.policyhub.client-id", () -> KeycloakServer.ADMIN_UI);
        registry.add(
                "spring.security.oauth2.client.registration.policyhub.client-secret",
                () -> KeycloakServer.get().adminUiSecret());
        registry.add(
                "spring.security.oauth2.client.registration.policyhub.client-authentication-method",
                () -> "client_secret_basic");
        registry.add("policyhub.receipts.key-encryption-key", () -> IntegrationTest.RECEIPT_KEY_ENCRYPTION_KEY);
        registry.add("management.server.port", () -> "0");
    }

    static KeycloakServer keycloak() {
        return KeycloakServer.get();
    }

    /** Keycloak's admin API as the tests inspect it, with the same service account the application uses. */
    static synchronized RealmResource realm() {
        if (admin == null) {
            admin = KeycloakBuilder.builder()
                    .serverUrl(keycloak().baseUrl())
                    .realm(KeycloakServer.REALM)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(KeycloakServer.PROVISIONER)
                    .clientSecret(keycloak().provisionerSecret())
                    .build();
        }
        return admin.realm(KeycloakServer.REALM);
    }

    /** An access token from Keycloak's token endpoint with the client-credentials grant. */
    static String clientCredentialsToken(String clientId, String clientSecret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(keycloak().tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "token request of " + clientId + " failed: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Api api() {
        return Api.anonymous("http://" + KeycloakServer.HOST + ":" + port);
    }

    Api as(String accessToken) {
        return api().withToken(accessToken);
    }
}
