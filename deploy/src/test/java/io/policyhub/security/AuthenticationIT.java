package io.policyhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.policyhub.local.DevelopmentIssuer;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/** Only valid tokens of the configured issuer, for this API, get in; everything else is a 401 problem. */
class AuthenticationIT extends IntegrationTest {

    @Test
    void aRequestWithoutATokenIsUnauthorizedWithABearerChallenge() {
        ApiResponse response = anonymous().get("/api/v1/practices");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.text("type")).isEqualTo("https://policyhub.io/problems/authentication-required");
    }

    @Test
    void garbageInsteadOfATokenIsUnauthorized() {
        assertThat(anonymous().withToken("not-a-jwt").get("/api/v1/practices").status())
                .isEqualTo(401);
    }

    @Test
    void aTokenWhoseSignatureWasTamperedWithIsUnauthorized() throws ParseException, JOSEException {
        TestPractice practice = newPractice("Tamper Test Practice");
        String genuine =
                TestIssuer.tokenFor("tamper-" + practice.alias(), List.of("practice-admin"), List.of(practice.alias()));
        assertThat(anonymous().withToken(genuine).get(practice.path("")).status())
                .isEqualTo(200);

        SignedJWT original = SignedJWT.parse(genuine);
        RSAKey foreignKey =
                new RSAKeyGenerator(2048).keyID(original.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(foreignKey.getKeyID())
                        .build(),
                original.getJWTClaimsSet());
        forged.sign(new RSASSASigner(foreignKey));

        ApiResponse response = anonymous().withToken(forged.serialize()).get(practice.path(""));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("type")).isEqualTo("https://policyhub.io/problems/invalid-token");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        TestPractice practice = newPractice("Expiry Test Practice");
        TestIssuer.get()
                .enqueue(new DefaultOAuth2TokenCallback(
                        DevelopmentIssuer.ISSUER_ID,
                        "expired-user",
                        "JWT",
                        List.of(DevelopmentIssuer.AUDIENCE),
                        Map.of(
                                "realm_access",
                                Map.of("roles", List.of("practice-admin")),
                                "organization",
                                List.of(practice.alias())),
                        -120));
        String expired = TestIssuer.tokenFor("expired-" + practice.alias(), List.of(), List.of());

        assertThat(anonymous().withToken(expired).get(practice.path("")).status())
                .isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() {
        TestPractice practice = newPractice("Audience Test Practice");
        TestIssuer.get()
                .enqueue(new DefaultOAuth2TokenCallback(
                        DevelopmentIssuer.ISSUER_ID,
                        "other-app-user",
                        "JWT",
                        List.of("some-other-api"),
                        Map.of(
                                "realm_access",
                                Map.of("roles", List.of("practice-admin")),
                                "organization",
                                List.of(practice.alias())),
                        600));
        String otherAudience = TestIssuer.tokenFor("audience-" + practice.alias(), List.of(), List.of());

        assertThat(anonymous().withToken(otherAudience).get(practice.path("")).status())
                .isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorized() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("elsewhere").generate();
        var claims = new JWTClaimsSet.Builder()
                .issuer("https://evil.example/realms/policyhub")
                .subject("intruder")
                .audience(DevelopmentIssuer.AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("realm_access", Map.of("roles", List.of("platform-admin")))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));

        assertThat(anonymous()
                        .withToken(jwt.serialize())
                        .get("/api/v1/practices")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void keycloaksObjectShapedOrganizationClaimIsUnderstoodToo() {
        TestPractice practice = newPractice("Organization Claim Practice");
        TestIssuer.get()
                .enqueue(new DefaultOAuth2TokenCallback(
                        DevelopmentIssuer.ISSUER_ID,
                        "object-claim-user",
                        "JWT",
                        List.of(DevelopmentIssuer.AUDIENCE),
                        Map.of(
                                "realm_access", Map.of("roles", List.of("practice-viewer")),
                                "organization",
                                        Map.of(practice.alias(), Map.of("id", "5b1f0f9e-5c55-4a4f-9d3e-1d2c3b4a5f60"))),
                        600));
        String token = TestIssuer.tokenFor("object-claim-" + practice.alias(), List.of(), List.of());

        ApiResponse response = anonymous().withToken(token).get(practice.path(""));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.text("alias")).isEqualTo(practice.alias());
    }

    @Test
    void theDevelopmentIssuerRefusesAWrongClientSecret() {
        TestIssuer.tokenFor("secret-check", List.of("integrator"), List.of("nowhere"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestIssuer.token("secret-check", "wrong"))
                .hasMessageContaining("401");
    }
}
