package io.policyhub.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeycloakSettingsTest {

    @Test
    void theAdminApiIsFoundFromTheIssuerOfTheRealm() {
        KeycloakSettings settings = settings("https://id.example.com/realms/policyhub/", "", "");

        assertThat(settings.serverUrl()).isEqualTo(URI.create("https://id.example.com"));
        assertThat(settings.realm()).isEqualTo("policyhub");
        assertThat(settings.tokenEndpoint())
                .isEqualTo("https://id.example.com/realms/policyhub/protocol/openid-connect/token");
    }

    @Test
    void anInternalAddressForTheAdminApiKeepsThePublicTokenEndpoint() {
        KeycloakSettings settings = settings("https://id.example.com/realms/policyhub", "http://keycloak:8080", "");

        assertThat(settings.serverUrl()).isEqualTo(URI.create("http://keycloak:8080"));
        assertThat(settings.realm()).isEqualTo("policyhub");
        assertThat(settings.tokenEndpoint()).startsWith("https://id.example.com/realms/policyhub/");
    }

    @Test
    void anotherIssuerNeedsTheAdminAddressAndRealmSpelledOut() {
        assertThatThrownBy(() -> settings("https://login.example.com/oauth2", "", ""))
                .hasMessageContaining("POLICYHUB_KEYCLOAK_URL");

        assertThat(settings("https://login.example.com/oauth2", "https://kc.internal", "practices")
                        .realm())
                .isEqualTo("practices");
    }

    private static KeycloakSettings settings(String issuer, String url, String realm) {
        return KeycloakSettings.of(
                issuer, url, realm, "policyhub-provisioner", "secret", Duration.ofDays(3), Duration.ofSeconds(10));
    }
}
