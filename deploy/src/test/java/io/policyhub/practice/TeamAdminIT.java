package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inviting staff from the settings page over real HTTP, provisioned in the development identity provider: the
 * person invited really signs in with exactly the role they were given; every refusal is explained next to the form
 * with what was typed; only admins may invite.
 */
class TeamAdminIT extends IntegrationTest {

    private static final String TEAM = "/admin/settings/team";

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        TestMailServer.get().start();
        aurora = newPractice("Aurora Mind and Body");
    }

    @Test
    void anAdminInvitesAnEditorWhoSignsInWithThatRoleOnly() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        Document settings = admin.get("/admin/settings").html();
        assertThat(settings.select("input[name=inviteRole]").eachAttr("value"))
                .containsExactly("practice-viewer", "practice-editor", "practice-admin");
        assertThat(settings.select("form#invitation").attr("action"))
                .as("the answer shows the team's section, not the top of the page")
                .isEqualTo("/admin/settings/team#team");
        String jo = "jo@" + aurora.alias() + ".example";

        AdminPage invited = admin.post(TEAM, invitation(jo, "practice-editor"));

        assertThat(invited.location()).endsWith("/admin/settings");
        assertThat(admin.follow(invited).html().select(".notice-success").text())
                .isEqualTo(jo + " was invited as an editor. An e-mail asks them to set up their account.");
        assertThat(awaitMail(jo)).isNotNull();
        AdminSession joSession = AdminSession.signIn(baseUrl(), jo);
        Document home = joSession.get("/admin").html();
        assertThat(home.select(".practice-name").text()).contains("Aurora Mind and Body");
        assertThat(home.select(".who .role").text()).isEqualTo("Editor");
        assertThat(joSession.get("/admin/policies/new").status()).isEqualTo(200);
        assertThat(joSession.get("/admin/settings").status()).isEqualTo(403);
    }

    @Test
    void someoneWithAnAccountJoinsWithTheirRoleAndAnotherRoleIsExplained() {
        TestPractice northside = newPractice("Northside Counselling");
        String kim = "kim@" + aurora.alias() + ".example";
        AdminSession theirs = AdminSession.signIn(baseUrl(), northside.alias() + "-admin");
        theirs.get("/admin/settings");
        assertThat(theirs.post(TEAM, invitation(kim, "practice-viewer")).status())
                .isEqualTo(302);
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/settings");

        AdminPage asAdmin = admin.post(TEAM, invitation(kim, "practice-admin"));

        assertThat(asAdmin.status()).isEqualTo(409);
        Document refused = asAdmin.html();
        assertThat(refused.select("#inviteRole-error").text())
                .startsWith(kim + " already has an account, with the role(s) practice-viewer.");
        assertThat(refused.select("#inviteEmail").val()).isEqualTo(kim);
        assertThat(refused.select("input[name=inviteRole][checked]").val()).isEqualTo("practice-admin");

        AdminPage asViewer = admin.post(TEAM, invitation(kim, "practice-viewer"));

        assertThat(admin.follow(asViewer).html().select(".notice-success").text())
                .isEqualTo(kim + " already had an account and now belongs to the practice as a viewer.");
    }

    @Test
    void mistakesAreExplainedFieldByFieldAndWhatWasTypedStays() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/settings");
        String jo = "jo@" + aurora.alias() + ".example";
        var noRole = new LinkedHashMap<String, String>();
        noRole.put("inviteEmail", "jo at aurora");
        noRole.put("inviteFirstName", "Jo");

        AdminPage refused = admin.post(TEAM, noRole);
        AdminPage unknownRole = admin.post(TEAM, invitation(jo, "owner"));
        var longName = new LinkedHashMap<>(invitation(jo, "practice-viewer"));
        longName.put("inviteLastName", "x".repeat(101));
        AdminPage tooLong = admin.post(TEAM, longName);

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.html();
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly(
                        "Role must be chosen.", "E-mail address must be an e-mail address like name@example.com.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#inviteRole", "#inviteEmail");
        assertThat(page.select("#inviteEmail").val()).isEqualTo("jo at aurora");
        assertThat(page.select("#inviteFirstName").val()).isEqualTo("Jo");
        assertThat(page.select("#inviteEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.html().select("#inviteRole-error").text())
                .isEqualTo("Role must be one of practice-admin, practice-editor, practice-viewer.");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.html().select("#inviteLastName-error").text())
                .isEqualTo("Last name must be at most 100 characters.");
        assertThat(TestMailServer.get().receivedBy(jo)).as("nobody was invited").isEmpty();
    }

    @Test
    void anIdentityProviderThatCannotBeReachedIsExplainedAndNothingIsLeftHalfDone() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/settings");
        String lou = "lou@" + aurora.alias() + ".example";
        TestMailServer.get().stop();

        AdminPage failed;
        try {
            failed = admin.post(TEAM, invitation(lou, "practice-viewer"));
        } finally {
            TestMailServer.get().start();
        }

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.header("Retry-After")).hasValue("30");
        assertThat(failed.html().select(".error-summary a[href=#invitation]").text())
                .isEqualTo("The sign-in service could not be reached, so nobody was invited and nothing was"
                        + " changed. Please try again in a moment.");
        assertThat(failed.html().select("#inviteEmail").val()).isEqualTo(lou);
        AdminPage retried = admin.post(TEAM, invitation(lou, "practice-viewer"));
        assertThat(admin.follow(retried).html().select(".notice-success").text())
                .as("no account was left behind by the failed attempt")
                .startsWith(lou + " was invited as a viewer.");
    }

    @Test
    void editorsAndViewersCannotInviteAnyone() {
        String sam = "sam@" + aurora.alias() + ".example";
        for (String role : List.of("viewer", "editor")) {
            AdminSession staff = AdminSession.signIn(baseUrl(), aurora.alias() + "-" + role);
            staff.get("/admin");
            assertThat(staff.post(TEAM, invitation(sam, "practice-admin")).status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(TestMailServer.get().receivedBy(sam)).isEmpty();

        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/settings");
        assertThat(admin.follow(admin.post(TEAM, invitation(sam, "practice-viewer")))
                        .html()
                        .select(".notice-success")
                        .text())
                .as("the refused attempts created no account")
                .isEqualTo(sam + " was invited as a viewer. An e-mail asks them to set up their account.");
    }

    private static Map<String, String> invitation(String email, String role) {
        return Map.of("inviteEmail", email, "inviteRole", role);
    }

    /** The newest e-mail to {@code address} (every test uses addresses of its own). */
    private static MimeMessage awaitMail(String address) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMailServer.get().receivedBy(address), mails -> !mails.isEmpty())
                .getLast();
    }
}
