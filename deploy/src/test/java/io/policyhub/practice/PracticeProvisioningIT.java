package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registering a practice, inviting staff and creating integrations, provisioned in the development issuer: the
 * identities created really get tokens that work, with exactly the role and practice they were given.
 */
class PracticeProvisioningIT extends IntegrationTest {

    private static final Pattern CLIENT_ID = Pattern.compile("client_id: (\\S+)");
    private static final Pattern CLIENT_SECRET = Pattern.compile("client_secret: (\\S+)");

    @BeforeEach
    void smtpUp() {
        TestMailServer.get().start();
    }

    @Test
    void aRegisteredPracticesFirstAdminIsInvitedByEmailAndActsAsItsAdmin() {
        String alias = "p-" + UUID.randomUUID().toString().substring(0, 12);
        String adminEmail = "lee@" + alias + ".example";

        ApiResponse created = platform()
                .post(
                        "/api/v1/practices",
                        Map.of("name", "Harbour Therapy", "alias", alias, "firstAdminEmail", adminEmail));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        MimeMessage invitation = awaitMail(adminEmail);
        assertThat(subject(invitation)).isEqualTo("You are invited to Harbour Therapy on Policyhub");
        Api admin = signInFrom(invitation);
        String practice = "/api/v1/practices/" + created.text("id");
        assertThat(admin.get(practice).text("alias")).isEqualTo(alias);
        assertThat(admin.patch(practice, Map.of("name", "Harbour Therapy Ltd")).status())
                .isEqualTo(200);
    }

    @Test
    void aPracticeAdminInvitesStaffWhoGetExactlyTheirRoleInThatPractice() {
        TestPractice practice = newPractice("Invitations Practice");
        String email = "jo@" + practice.alias() + ".example";

        ApiResponse invited = practice.admin()
                .post(
                        practice.path("/members"),
                        Map.of("email", email, "role", "practice-editor", "firstName", "Jo", "lastName", "Park"));

        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        assertThat(invited.json().get("newAccount").asBoolean()).isTrue();
        assertThat(invited.text("role")).isEqualTo("practice-editor");
        Api editor = signInFrom(awaitMail(email));
        assertThat(editor.post(practice.path("/policies"), Map.of("title", "Fees", "content", "# Fees"))
                        .status())
                .isEqualTo(201);
        assertThat(editor.post(practice.path("/members"), Map.of("email", "x@example.com", "role", "practice-admin"))
                        .status())
                .isEqualTo(403);
        assertThat(editor.patch(practice.path(""), Map.of("name", "Editor was here"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anIntegrationGetsClientCredentialsOnceThatWorkOnlyForItsPractice() {
        TestPractice practice = newPractice("Integration Practice");
        TestPractice other = newPractice("Other Practice");

        ApiResponse created = practice.admin().post(practice.path("/integrations"), Map.of("name", "Cliniko sync"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(created.text("clientId")).startsWith(practice.alias() + "-integration-");
        assertThat(created.text("tokenEndpoint")).isEqualTo(TestIssuer.get().tokenEndpoint());
        Api integrator =
                anonymous().withToken(TestIssuer.token(created.text("clientId"), created.text("clientSecret")));
        assertThat(integrator.get(practice.path("/clients")).status()).isEqualTo(200);
        assertThat(integrator.get(other.path("")).status()).isEqualTo(404);
        assertThat(integrator.get(other.path("/clients")).status()).isEqualTo(404);
    }

    @Test
    void anotherPracticesAdminCannotInviteOrCreateIntegrationsThere() {
        TestPractice practice = newPractice("Target Practice");
        TestPractice intruder = newPractice("Intruder Practice");
        String email = "mallory@" + practice.alias() + ".example";

        ApiResponse invite =
                intruder.admin().post(practice.path("/members"), Map.of("email", email, "role", "practice-admin"));
        ApiResponse integration = intruder.admin().post(practice.path("/integrations"), Map.of("name", "Backdoor"));

        assertThat(invite.status()).isEqualTo(404);
        assertThat(invite.text("type")).isEqualTo("https://policyhub.io/problems/practice-not-found");
        assertThat(integration.status()).isEqualTo(404);
        assertThat(practice.admin()
                        .post(practice.path("/members"), Map.of("email", email, "role", "practice-viewer"))
                        .json()
                        .get("newAccount")
                        .asBoolean())
                .as("the intruder's attempt created no account")
                .isTrue();
    }

    @Test
    void onlyPracticeAdminsHandOutAccess() {
        TestPractice practice = newPractice("Roles Practice");
        var invitation = Map.of("email", "sam@" + practice.alias() + ".example", "role", "practice-viewer");

        assertThat(practice.integrator()
                        .post(practice.path("/members"), invitation)
                        .status())
                .isEqualTo(403);
        assertThat(practice.integrator()
                        .post(practice.path("/integrations"), Map.of("name", "Another"))
                        .status())
                .isEqualTo(403);
        assertThat(practice.viewer().post(practice.path("/members"), invitation).status())
                .isEqualTo(403);
        assertThat(platform()
                        .post(practice.path("/integrations"), Map.of("name", "Platform"))
                        .status())
                .as("platform admins manage practices' profiles, not their access")
                .isEqualTo(404);
    }

    @Test
    void badInvitationsAreNamedFieldByField() {
        TestPractice practice = newPractice("Validation Practice");

        ApiResponse badRole = practice.admin()
                .post(
                        practice.path("/members"),
                        Map.of("email", "a@" + practice.alias() + ".example", "role", "owner"));
        ApiResponse badEmail =
                practice.admin().post(practice.path("/members"), Map.of("email", "nope", "role", "practice-viewer"));
        ApiResponse noName = practice.admin().post(practice.path("/integrations"), Map.of("name", " "));
        ApiResponse badFirstAdmin = platform()
                .post(
                        "/api/v1/practices",
                        Map.of("name", "Bad", "alias", "bad-" + practice.alias(), "firstAdminEmail", "nope"));

        assertThat(badRole.status()).isEqualTo(422);
        assertThat(field(badRole)).isEqualTo("role");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(field(badEmail)).isEqualTo("email");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(field(noName)).isEqualTo("name");
        assertThat(badFirstAdmin.status()).isEqualTo(422);
        assertThat(field(badFirstAdmin)).isEqualTo("firstAdminEmail");
    }

    @Test
    void aPersonKeepsOneRoleAcrossPracticesBecauseRolesAreRealmWide() {
        TestPractice first = newPractice("First Practice");
        TestPractice second = newPractice("Second Practice");
        String email = "kim@" + first.alias() + ".example";
        first.admin().post(first.path("/members"), Map.of("email", email, "role", "practice-viewer"));
        MimeMessage invitation = awaitMail(email);

        ApiResponse asAdmin =
                second.admin().post(second.path("/members"), Map.of("email", email, "role", "practice-admin"));
        ApiResponse asViewer =
                second.admin().post(second.path("/members"), Map.of("email", email, "role", "practice-viewer"));

        assertThat(asAdmin.status()).isEqualTo(409);
        assertThat(asAdmin.text("type")).isEqualTo("https://policyhub.io/problems/staff-role-conflict");
        assertThat(asViewer.status()).isEqualTo(202);
        assertThat(asViewer.json().get("newAccount").asBoolean()).isFalse();
        // The same account, signed in afresh, now belongs to both practices, as a viewer in each.
        Api kim = signInFrom(invitation);
        assertThat(kim.get(second.path("")).status()).isEqualTo(200);
        assertThat(kim.get(first.path("")).status()).isEqualTo(200);
        assertThat(kim.post(second.path("/policies"), Map.of("title", "T", "content", "C"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anInvitationThatCannotBeDeliveredChangesNothingAndAnswers503() {
        TestPractice practice = newPractice("Outage Practice");
        String email = "lou@" + practice.alias() + ".example";
        TestMailServer.get().stop();

        ApiResponse failed =
                practice.admin().post(practice.path("/members"), Map.of("email", email, "role", "practice-viewer"));
        TestMailServer.get().start();

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.text("title")).isEqualTo("Identity provider unavailable");
        assertThat(failed.header("Retry-After")).contains("30");
        ApiResponse retried =
                practice.admin().post(practice.path("/members"), Map.of("email", email, "role", "practice-viewer"));
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.json().get("newAccount").asBoolean()).isTrue();
    }

    private Api platform() {
        return anonymous()
                .withToken(TestIssuer.tokenFor("platform-provisioning", List.of("platform-admin"), List.of()));
    }

    private Api signInFrom(MimeMessage invitation) {
        String text = TestMailServer.plainText(invitation);
        return anonymous().withToken(TestIssuer.token(find(CLIENT_ID, text), find(CLIENT_SECRET, text)));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in:\n" + text).isTrue();
        return matcher.group(1);
    }

    /** The newest e-mail to {@code address} (every test uses addresses of its own). */
    private static MimeMessage awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.get().receivedBy(address), mails -> !mails.isEmpty())
                .getLast();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(ApiResponse response) {
        return response.json().get("errors").get(0).get("field").asString();
    }
}
