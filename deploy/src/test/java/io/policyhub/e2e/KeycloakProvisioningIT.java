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
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;

/**
 * What the application provisions in Keycloak really lets people and systems in, to their own practice only; and a
 * practice's team, listed, changed and reduced through the application, really changes what Keycloak grants.
 */
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

    @Test
    void aPracticeAdminListsTheTeamChangesARoleAndRemovesSomeoneFromTheirPracticeOnly() throws ParseException {
        String alex = new KeycloakBrowser(keycloak()).signIn("alex.morgan@aurora.example", "Aurora-demo-2026");
        String email = "jo." + UUID.randomUUID().toString().substring(0, 8) + "@aurora.example";
        String team = "/api/v1/practices/" + AURORA + "/members";
        as(alex).post(team, Map.of("email", email, "role", "practice-editor"));
        String joId = user(email).orElseThrow().getId();
        String alexId = user("alex.morgan@aurora.example").orElseThrow().getId();

        assertThat(member(as(alex).get(team + "?size=200"), email)
                        .get("pending")
                        .asBoolean())
                .as("invited, not yet accepted")
                .isTrue();
        new KeycloakBrowser(keycloak())
                .acceptInvitation(actionLinkIn(awaitMail(email)), "Jo-Aurora-2026!", "Jo", "Park");
        ApiResponse listed = as(alex).get(team + "?size=200");
        assertThat(member(listed, email).get("pending").asBoolean()).isFalse();
        assertThat(member(listed, email).get("name").asString()).isEqualTo("Jo Park");
        assertThat(member(listed, email).get("id").asString()).isEqualTo(joId);
        assertThat(member(listed, "alex.morgan@aurora.example").get("role").asString())
                .isEqualTo("practice-admin");
        assertThat(listed.json().get("items").values())
                .as("integrators' service accounts are not staff")
                .noneMatch(item -> item.get("username").asString().startsWith("service-account-"));

        ApiResponse changed = as(alex).patch(team + "/" + joId, Map.of("role", "practice-viewer"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(realmRoles(user(email).orElseThrow()))
                .contains("practice-viewer")
                .doesNotContain("practice-editor");
        String jo = new KeycloakBrowser(keycloak()).signIn(email, "Jo-Aurora-2026!");
        assertThat(SignedJWT.parse(jo)
                        .getJWTClaimsSet()
                        .getJSONObjectClaim("realm_access")
                        .get("roles"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains("practice-viewer")
                .doesNotContain("practice-editor");
        assertThat(as(jo).post("/api/v1/practices/" + AURORA + "/policies", Map.of("title", "T", "content", "# T"))
                        .status())
                .isEqualTo(403);

        assertThat(as(alex).patch(team + "/" + alexId, Map.of("role", "practice-editor"))
                        .text("type"))
                .isEqualTo("https://policyhub.io/problems/last-admin");
        assertThat(as(alex).delete(team + "/" + alexId).status()).isEqualTo(409);
        assertThat(realmRoles(user("alex.morgan@aurora.example").orElseThrow())).contains("practice-admin");

        String sam = new KeycloakBrowser(keycloak()).signIn("sam.okafor@northside.example", "Northside-demo-2026");
        String theirTeam = "/api/v1/practices/" + NORTHSIDE + "/members";
        assertThat(as(sam).post(theirTeam, Map.of("email", email, "role", "practice-viewer"))
                        .json()
                        .get("newAccount")
                        .asBoolean())
                .isFalse();
        assertThat(as(alex).patch(team + "/" + joId, Map.of("role", "practice-editor"))
                        .text("type"))
                .isEqualTo("https://policyhub.io/problems/staff-role-shared");
        assertThat(as(sam).delete(theirTeam + "/" + alexId).status())
                .as("Alex is not Northside's")
                .isEqualTo(404);
        assertThat(as(sam).delete(team + "/" + joId).status())
                .as("Aurora is not Sam's")
                .isEqualTo(404);

        ApiResponse removed = as(alex).delete(team + "/" + joId);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(realm().organizations().members().getOrganizations(joId, true))
                .extracting(OrganizationRepresentation::getAlias)
                .containsExactly("northside");
        assertThat(realmRoles(user(email).orElseThrow())).contains("practice-viewer");
        String joNow = new KeycloakBrowser(keycloak()).signIn(email, "Jo-Aurora-2026!");
        assertThat(SignedJWT.parse(joNow).getJWTClaimsSet().getStringListClaim("organization"))
                .containsExactly("northside");
        assertThat(as(joNow).get("/api/v1/practices/" + AURORA).status()).isEqualTo(404);
        assertThat(as(joNow).get("/api/v1/practices/" + NORTHSIDE).status()).isEqualTo(200);
        assertThat(members(organization("aurora").orElseThrow())).doesNotContain(email);
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

    /** The team member listed with this e-mail address. */
    private static JsonNode member(ApiResponse team, String email) {
        assertThat(team.status()).as(team.toString()).isEqualTo(200);
        return team.json().get("items").values().stream()
                .filter(item -> email.equals(item.path("email").asString("")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed in " + team));
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
