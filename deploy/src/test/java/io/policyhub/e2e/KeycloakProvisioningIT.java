package io.policyhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** What the application provisions in Keycloak really lets people and systems in, to their own practice only. */
class KeycloakProvisioningIT extends KeycloakEndToEndTest {

    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    @BeforeEach
    void smtpUp() {
        TestMailServer.get().start();
    }

    @Test
    void aRegisteredPracticeGetsItsOrganizationAndItsFirstAdminSignsInAfterChoosingAPassword() {
        String alias = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "lee@" + alias + ".example";

        ApiResponse created = as(platformAdmin())
                .post(
                        "/api/v1/practices",
                        Map.of("name", "Harbour Therapy " + alias, "alias", alias, "firstAdminEmail", adminEmail));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        OrganizationRepresentation organization = organization(alias).orElseThrow();
        assertThat(organization.getName()).isEqualTo("Harbour Therapy " + alias);
        UserRepresentation admin = user(adminEmail).orElseThrow();
        assertThat(realmRoles(admin)).contains("practice-admin");
        assertThat(members(organization)).contains(adminEmail);

        new KeycloakBrowser(keycloak())
                .acceptInvitation(actionLinkIn(awaitMail(adminEmail)), "Harbour-first-2026!", "Lee", "Harbour");
        String token = new KeycloakBrowser(keycloak()).signIn(adminEmail, "Harbour-first-2026!");
        String practice = "/api/v1/practices/" + created.text("id");
        assertThat(as(token).get(practice).text("alias")).isEqualTo(alias);
        assertThat(as(token)
                        .post(practice + "/policies", Map.of("title", "Fees", "content", "# Fees"))
                        .status())
                .isEqualTo(201);
        assertThat(as(token).get("/api/v1/practices/" + AURORA).status()).isEqualTo(404);
    }

    @Test
    void invitedStaffAndNewIntegrationsAreBoundToTheirPracticeInKeycloak() throws ParseException {
        String alex = new KeycloakBrowser(keycloak()).signIn("alex.morgan@aurora.example", "Aurora-demo-2026");
        String email = "jo." + UUID.randomUUID().toString().substring(0, 8) + "@aurora.example";

        ApiResponse invited = as(alex).post(
                        "/api/v1/practices/" + AURORA + "/members", Map.of("email", email, "role", "practice-editor"));
        ApiResponse integration =
                as(alex).post("/api/v1/practices/" + AURORA + "/integrations", Map.of("name", "Cliniko sync"));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        UserRepresentation editor = user(email).orElseThrow();
        assertThat(realmRoles(editor)).contains("practice-editor").doesNotContain("practice-admin");
        assertThat(members(organization("aurora").orElseThrow())).contains(email);
        assertThat(actionLinkIn(awaitMail(email))).startsWith(keycloak().issuer());

        assertThat(integration.status()).as(integration.toString()).isEqualTo(201);
        assertThat(integration.text("tokenEndpoint")).isEqualTo(keycloak().tokenEndpoint());
        String token = clientCredentialsToken(integration.text("clientId"), integration.text("clientSecret"));
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("organization")).containsExactly("aurora");
        assertThat(claims.getAudience()).contains("policyhub-api");
        assertThat(as(token).get("/api/v1/practices/" + AURORA + "/clients").status())
                .isEqualTo(200);
        assertThat(as(token).get("/api/v1/practices/" + NORTHSIDE).status()).isEqualTo(404);
    }

    @Test
    void anotherOrganizationsAdminGets404AndProvisionsNothing() {
        String sam = new KeycloakBrowser(keycloak()).signIn("sam.okafor@northside.example", "Northside-demo-2026");
        String email = "mallory." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        ApiResponse invite = as(sam).post(
                        "/api/v1/practices/" + AURORA + "/members", Map.of("email", email, "role", "practice-admin"));
        ApiResponse integration =
                as(sam).post("/api/v1/practices/" + AURORA + "/integrations", Map.of("name", "Backdoor"));

        assertThat(invite.status()).isEqualTo(404);
        assertThat(integration.status()).isEqualTo(404);
        assertThat(user(email)).isEmpty();
        assertThat(realm().clients().findAll().stream().filter(client -> "Backdoor".equals(client.getName())))
                .isEmpty();
    }

    @Test
    void aRegistrationThatKeycloakFailsHalfWayLeavesNothingBehindAndCanBeSentAgain() {
        String platform = platformAdmin();
        String alias = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "kai@" + alias + ".example";
        var registration = Map.of("name", "Half Way " + alias, "alias", alias, "firstAdminEmail", adminEmail);
        // Keycloak creates the organization and the account, then cannot e-mail the invitation.
        TestMailServer.get().stop();

        ApiResponse failed = as(platform).post("/api/v1/practices", registration);
        TestMailServer.get().start();

        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.text("type")).isEqualTo("https://policyhub.io/problems/identity-provider-unavailable");
        assertThat(organization(alias)).isEmpty();
        assertThat(user(adminEmail)).isEmpty();
        assertThat(as(platform)
                        .get("/api/v1/practices?size=200")
                        .json()
                        .get("items")
                        .values())
                .extracting(item -> item.get("alias").asString())
                .doesNotContain(alias);

        ApiResponse retried = as(platform).post("/api/v1/practices", registration);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(organization(alias)).isPresent();
        assertThat(actionLinkIn(awaitMail(adminEmail))).startsWith(keycloak().issuer());
    }

    private static String platformAdmin() {
        return new KeycloakBrowser(keycloak()).signIn("pat.lee@policyhub.example", "Platform-demo-2026");
    }

    private static java.util.Optional<OrganizationRepresentation> organization(String alias) {
        return realm().organizations().searchByAttribute("practice-alias:" + alias).stream()
                .filter(organization -> alias.equals(organization.getAlias()))
                .findFirst();
    }

    private static java.util.Optional<UserRepresentation> user(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst();
    }

    private static List<String> realmRoles(UserRepresentation user) {
        return realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .toList();
    }

    private static List<String> members(OrganizationRepresentation organization) {
        return realm().organizations().get(organization.getId()).members().list(0, 100).stream()
                .map(MemberRepresentation::getEmail)
                .toList();
    }

    private static MimeMessage awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> TestMailServer.get().receivedBy(address), mails -> !mails.isEmpty())
                .getLast();
    }

    private static String actionLinkIn(MimeMessage mail) {
        String text = TestMailServer.plainText(mail);
        Matcher link = ACTION_LINK.matcher(text);
        assertThat(link.find()).as("an action link in:%n%s", text).isTrue();
        return link.group();
    }
}
