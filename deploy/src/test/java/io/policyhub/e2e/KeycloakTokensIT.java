package io.policyhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.policyhub.support.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Tokens Keycloak issues for the realm as imported: which ones the API accepts, for what, and which it refuses. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakTokensIT extends KeycloakEndToEndTest {

    private static String shortLivedSecret;
    private static String expiring;

    /**
     * Spring Security tolerates 60 seconds of clock skew, so a token that expires after one second is refused
     * a minute later: it is taken before the application starts, and checked by the last test.
     */
    @BeforeAll
    static void aTokenThatExpiresAfterOneSecond() {
        shortLivedSecret = TestClients.integrator(
                realm(), "e2e-short-lived", "aurora", true, Map.of("access.token.lifespan", "1"));
        expiring = clientCredentialsToken("e2e-short-lived", shortLivedSecret);
    }

    @Test
    @Order(1)
    void anIntegratorsClientCredentialsTokenWorksOnlyForItsOwnPractice() throws ParseException {
        String token = clientCredentialsToken("aurora-integrator", "aurora-secret");

        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(keycloak().issuer());
        assertThat(claims.getAudience()).contains("policyhub-api");
        assertThat(claims.getStringListClaim("organization")).containsExactly("aurora");
        ApiResponse own = as(token).get("/api/v1/practices/" + AURORA);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.text("alias")).isEqualTo("aurora");
        assertThat(as(token)
                        .post(
                                "/api/v1/practices/" + AURORA + "/clients",
                                Map.of("displayName", "Ada Lovelace", "email", "ada@example.com"))
                        .status())
                .isEqualTo(201);
        assertThat(as(token).get("/api/v1/practices").json().get("items").values())
                .extracting(item -> item.get("alias").asString())
                .containsExactly("aurora");
        ApiResponse other = as(token).get("/api/v1/practices/" + NORTHSIDE);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text("type")).isEqualTo("https://policyhub.io/problems/practice-not-found");
        assertThat(as(token).get("/api/v1/practices/" + NORTHSIDE + "/clients").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void aPracticeAdminSignsInOnKeycloaksLoginPageWithPkceAndActsOnlyInTheirPractice() throws ParseException {
        String token = new KeycloakBrowser(keycloak()).signIn("alex.morgan@aurora.example", "Aurora-demo-2026");

        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getStringClaim("azp")).isEqualTo(KeycloakServer.ADMIN_UI);
        assertThat(claims.getStringListClaim("organization")).containsExactly("aurora");
        assertThat(as(token)
                        .patch("/api/v1/practices/" + AURORA, Map.of("name", "Aurora Mind and Body"))
                        .status())
                .isEqualTo(200);
        assertThat(as(token).get("/api/v1/practices/" + NORTHSIDE).status()).isEqualTo(404);
        assertThat(as(token)
                        .post("/api/v1/practices", Map.of("name", "Mine", "alias", "mine"))
                        .status())
                .as("registering practices is for platform admins")
                .isEqualTo(403);
    }

    @Test
    @Order(3)
    void theAdminUiClientRequiresPkce() {
        String refusal = new KeycloakBrowser(keycloak()).authorizationWithoutPkce();

        assertThat(refusal).startsWith(KeycloakBrowser.REDIRECT_URI);
        assertThat(KeycloakBrowser.queryParameter(refusal, "error")).isEqualTo("invalid_request");
        assertThat(refusal).doesNotContain("code=");
    }

    @Test
    @Order(4)
    void aKeycloakTokenForAnotherAudienceIsRefused() throws ParseException {
        String secret = TestClients.integrator(realm(), "e2e-other-audience", "aurora", false, Map.of());
        String token = clientCredentialsToken("e2e-other-audience", secret);

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).doesNotContain("policyhub-api");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("organization"))
                .containsExactly("aurora");
        ApiResponse refused = as(token).get("/api/v1/practices/" + AURORA);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("type")).isEqualTo("https://policyhub.io/problems/invalid-token");
    }

    @Test
    @Order(5)
    void aKeycloakTokenWithAlteredClaimsOrSignatureIsRefused() {
        String token = clientCredentialsToken("aurora-integrator", "aurora-secret");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String northside = payload.replace("\"organization\":[\"aurora\"]", "\"organization\":[\"northside\"]");
        assertThat(northside).isNotEqualTo(payload);
        String otherPractice = parts[0] + "." + encode(northside) + "." + parts[2];
        String badSignature = parts[0] + "." + parts[1] + "." + flipFirstCharacter(parts[2]);

        assertThat(as(token).get("/api/v1/practices/" + AURORA).status()).isEqualTo(200);
        assertThat(as(otherPractice).get("/api/v1/practices/" + NORTHSIDE).status())
                .isEqualTo(401);
        assertThat(as(badSignature).get("/api/v1/practices/" + AURORA).status()).isEqualTo(401);
    }

    @Test
    @Order(100)
    void anExpiredKeycloakTokenIsRefused() throws ParseException {
        JWTClaimsSet claims = SignedJWT.parse(expiring).getJWTClaimsSet();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(1000);
        String fresh = clientCredentialsToken("e2e-short-lived", shortLivedSecret);
        assertThat(as(fresh).get("/api/v1/practices/" + AURORA).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(
                                as(expiring).get("/api/v1/practices/" + AURORA).status())
                        .isEqualTo(401));
        assertThat(as(expiring).get("/api/v1/practices/" + AURORA).text("type"))
                .isEqualTo("https://policyhub.io/problems/invalid-token");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String flipFirstCharacter(String signature) {
        char first = signature.charAt(0);
        return (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }
}
