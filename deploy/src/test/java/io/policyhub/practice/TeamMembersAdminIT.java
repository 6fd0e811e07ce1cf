package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team on the settings page over real HTTP, against the development identity provider: who is on it, with
 * which role and whether they accepted their invitation; a new role or a removal that really changes what the
 * person can do, from their next page in a session signed in before it; the practice's last admin kept; a removal
 * that leaves the person's account
 * and other practices alone; editors and viewers refused; another practice's member not found.
 */
class TeamMembersAdminIT extends IntegrationTest {

    private static final String TEAM = "/admin/settings/team";

    private TestPractice aurora;
    private AdminSession admin;

    @BeforeEach
    void practiceWithItsAdminSignedIn() {
        TestMailServer.get().start();
        aurora = newPractice("Aurora Mind and Body");
        admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/settings");
    }

    @Test
    void theTeamShowsEveryoneWithTheirRoleAndWhoHasNotAcceptedTheirInvitationYet() {
        String jo = "jo@" + aurora.alias() + ".example";
        invite(jo, "practice-viewer", "Jo", "Park");

        Document settings = admin.get("/admin/settings").html();

        assertThat(settings.select("table.team tbody tr"))
                .extracting(
                        row -> row.select(".member-name").text(),
                        row -> row.select(".member-email").text(),
                        row -> row.select(".member-role").text(),
                        row -> row.select(".status-pending").text())
                .as("by name")
                .containsExactly(
                        tuple("Jo Park", jo, "Viewer", "Invitation not accepted yet"),
                        tuple(aurora.alias() + "-admin", "", "Admin", ""),
                        tuple(aurora.alias() + "-editor", "", "Editor", ""),
                        tuple(aurora.alias() + "-viewer", "", "Viewer", ""));
        assertThat(row(settings, aurora.alias() + "-admin").text()).contains("(you)");
        assertThat(row(settings, "Jo Park").text()).doesNotContain("(you)");
        assertThat(row(settings, "Jo Park")
                        .select("select[name=role] option[selected]")
                        .val())
                .isEqualTo("practice-viewer");
        assertThat(settings.select("table.team").text())
                .as("integrators are not staff")
                .doesNotContain("integrator");

        AdminSession.signIn(baseUrl(), jo);

        assertThat(row(admin.get("/admin/settings").html(), "Jo Park").text())
                .doesNotContain("Invitation not accepted yet");
    }

    @Test
    void aNewRoleChangesWhatThePersonCanDoFromTheirNextPage() {
        String jo = "jo@" + aurora.alias() + ".example";
        invite(jo, "practice-viewer", null, null);
        AdminSession asViewer = AdminSession.signIn(baseUrl(), jo);
        assertThat(asViewer.get("/admin/policies/new").status()).isEqualTo(403);

        AdminPage changed = admin.post(TEAM + "/" + jo + "/role", Map.of("role", "practice-editor"));

        assertThat(changed.status()).isEqualTo(302);
        Document settings = admin.follow(changed).html();
        assertThat(settings.select(".notice-success").text())
                .isEqualTo(
                        jo
                                + " is now an editor. If they are signed in, their next page asks them to sign in again, and they continue with the new role.");
        assertThat(row(settings, jo).select(".member-role").text()).isEqualTo("Editor");
        assertThat(signInPageOf(asViewer.follow(asViewer.get("/admin/policies"))))
                .as("the viewer's session ends at its next page")
                .isNotEmpty();
        AdminSession asEditor = AdminSession.signIn(baseUrl(), jo);
        assertThat(asEditor.get("/admin").html().select(".who .role").text()).isEqualTo("Editor");
        assertThat(asEditor.get("/admin/policies/new").status()).isEqualTo(200);
        assertThat(asEditor.get("/admin/settings").status()).isEqualTo(403);
        assertThat(admin.get("/admin/settings").status())
                .as("the admin who made the change stays signed in")
                .isEqualTo(200);

        admin.post(TEAM + "/" + jo + "/role", Map.of("role", "practice-admin"));

        assertThat(asEditor.get("/admin/policies/new").status())
                .as("the editor's session ends too, before the page does anything")
                .isEqualTo(302);
        assertThat(AdminSession.signIn(baseUrl(), jo).get("/admin/settings").status())
                .isEqualTo(200);
    }

    @Test
    void removingSomeoneAsksFirstThenEndsTheirSessionAndTheirNextSignInFindsNoPractice() {
        String jo = "jo@" + aurora.alias() + ".example";
        invite(jo, "practice-editor", "Jo", "Park");
        AdminSession joSignedIn = AdminSession.signIn(baseUrl(), jo);
        Document settings = admin.get("/admin/settings").html();
        String confirmation = row(settings, "Jo Park").select("a.remove-member").attr("href");
        assertThat(confirmation).isEqualTo(TEAM + "/" + jo + "/remove");

        Document confirm = admin.get(confirmation).html();

        assertThat(confirm.select("h1").text()).isEqualTo("Remove Jo Park from the practice?");
        assertThat(confirm.select(".notice-warning li").eachText())
                .contains("Their account stays, and so do any other practices they belong to.");
        assertThat(row(admin.get("/admin/settings").html(), "Jo Park"))
                .as("nothing is removed before the confirmation")
                .isNotNull();

        AdminPage removed =
                admin.post(confirm.select("form:has(#confirm-removal)").attr("action"), Map.of());

        assertThat(removed.status()).as(removed.body()).isEqualTo(302);
        assertThat(admin.follow(removed).html().select(".notice-success").text())
                .isEqualTo("Jo Park was removed from the practice. Their account stays, and so do any other"
                        + " practices they belong to; they can be invited again.");
        assertThat(admin.get("/admin/settings").html().select("table.team").text())
                .doesNotContain("Jo Park");
        assertThat(admin.get("/admin").html().select("ul.activity li").eachText())
                .anySatisfy(
                        line -> assertThat(line).endsWith(aurora.alias() + "-admin removed " + jo + " from the team"))
                .anySatisfy(line -> assertThat(line)
                        .endsWith(aurora.alias() + "-admin invited " + jo + " to the team as an editor"));
        assertThat(joSignedIn
                        .post("/admin/policies", Map.of("title", "Fees", "content", "# Fees"))
                        .status())
                .as("their session ends before the page does anything")
                .isEqualTo(302);
        assertThat(signInPageOf(joSignedIn.follow(joSignedIn.get("/admin")))).isNotEmpty();
        AdminSession joAgain = AdminSession.signIn(baseUrl(), jo);
        AdminPage landing = joAgain.follow(joAgain.get("/admin"));
        assertThat(landing.url()).endsWith("/admin/no-access");
        assertThat(landing.html().select("h1").text()).isEqualTo("Your account belongs to no practice");
    }

    @Test
    void removingSomeoneWhoAlsoWorksForAnotherPracticeLeavesThatPracticeAndTheirRoleAlone() {
        TestPractice northside = newPractice("Northside Counselling");
        String kim = "kim@" + aurora.alias() + ".example";
        AdminSession theirs = AdminSession.signIn(baseUrl(), northside.alias() + "-admin");
        theirs.get("/admin/settings");
        theirs.post(TEAM, Map.of("inviteEmail", kim, "inviteRole", "practice-editor"));
        invite(kim, "practice-editor", null, null);
        assertThat(row(admin.get("/admin/settings").html(), kim)).isNotNull();

        AdminPage refused = admin.post(TEAM + "/" + kim + "/role", Map.of("role", "practice-admin"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().select("#team-error p").text())
                .isEqualTo(kim + " also belongs to another practice, and a person's role applies in every practice"
                        + " they belong to, so it cannot be changed from here. Their role stays as it was.");
        assertThat(refused.html().select("#team-error p").text()).doesNotContain(northside.alias());

        admin.post(TEAM + "/" + kim + "/remove", Map.of());

        assertThat(admin.get("/admin/settings").html().select("table.team").text())
                .doesNotContain(kim);
        assertThat(row(theirs.get("/admin/settings").html(), kim)
                        .select(".member-role")
                        .text())
                .isEqualTo("Editor");
        Document kimsHome = AdminSession.signIn(baseUrl(), kim).get("/admin").html();
        assertThat(kimsHome.select(".practice-name").text())
                .as("with one practice left, they land in it")
                .contains("Northside Counselling");
        assertThat(kimsHome.select(".who .role").text()).isEqualTo("Editor");
    }

    @Test
    void thePracticesLastAdminCanNeitherStepDownNorLeave() {
        String self = aurora.alias() + "-admin";
        String pendingAdmin = "new@" + aurora.alias() + ".example";
        invite(pendingAdmin, "practice-admin", null, null);

        AdminPage demoted = admin.post(TEAM + "/" + self + "/role", Map.of("role", "practice-viewer"));
        AdminPage removed = admin.post(TEAM + "/" + self + "/remove", Map.of());

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.html().select("#team-error p").text())
                .isEqualTo(self + " cannot lose the admin role: the practice would have no admin who has set up"
                        + " their account, and nobody could manage its settings and team. Make someone else an"
                        + " admin first.");
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.html().select("#team-error p").text()).startsWith(self + " cannot be removed:");
        assertThat(row(admin.get("/admin/settings").html(), self)
                        .select(".member-role")
                        .text())
                .isEqualTo("Admin");
        assertThat(AdminSession.signIn(baseUrl(), self).get("/admin/settings").status())
                .isEqualTo(200);

        admin.follow(admin.post(TEAM + "/" + aurora.alias() + "-editor/role", Map.of("role", "practice-admin")));
        AdminPage steppedDown = admin.post(TEAM + "/" + self + "/role", Map.of("role", "practice-editor"));

        assertThat(steppedDown.status()).isEqualTo(302);
        assertThat(admin.follow(steppedDown).html().select("form[data-username=" + self + "]"))
                .as("their own admin session ended with the change: the issuer asks them to sign in again")
                .isNotEmpty();
        assertThat(AdminSession.signIn(baseUrl(), self).get("/admin/settings").status())
                .isEqualTo(403);
    }

    @Test
    void aRoleThatIsNotOneOfTheThreeIsRefusedAndChangesNothing() {
        String viewer = aurora.alias() + "-viewer";

        AdminPage refused = admin.post(TEAM + "/" + viewer + "/role", Map.of("role", "platform-admin"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#team-error p").text()).isEqualTo("Choose a role: viewer, editor or admin.");
        assertThat(row(refused.html(), viewer).select(".member-role").text()).isEqualTo("Viewer");
    }

    @Test
    void editorsAndViewersCanNeitherSeeNorChangeTheTeam() {
        String viewer = aurora.alias() + "-viewer";
        for (String role : List.of("viewer", "editor")) {
            AdminSession staff = AdminSession.signIn(baseUrl(), aurora.alias() + "-" + role);
            staff.get("/admin");

            assertThat(staff.get("/admin/settings").status()).as(role).isEqualTo(403);
            assertThat(staff.get(TEAM + "/" + viewer + "/remove").status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(staff.post(TEAM + "/" + viewer + "/role", Map.of("role", "practice-admin"))
                            .status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(staff.post(TEAM + "/" + viewer + "/remove", Map.of()).status())
                    .as(role)
                    .isEqualTo(403);
        }

        Document settings = admin.get("/admin/settings").html();
        assertThat(row(settings, viewer).select(".member-role").text()).isEqualTo("Viewer");
        assertThat(row(settings, aurora.alias() + "-editor")
                        .select(".member-role")
                        .text())
                .isEqualTo("Editor");
    }

    @Test
    void aMemberOfAnotherPracticeIsNotFoundAndKeepsEverything() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirAdmin = northside.alias() + "-admin";

        AdminPage confirm = admin.get(TEAM + "/" + theirAdmin + "/remove");
        AdminPage role = admin.post(TEAM + "/" + theirAdmin + "/role", Map.of("role", "practice-viewer"));
        AdminPage removed = admin.post(TEAM + "/" + theirAdmin + "/remove", Map.of());

        assertThat(List.of(confirm.status(), role.status(), removed.status())).containsOnly(404);
        assertThat(removed.html().select("h1").text()).isEqualTo("Page not found");
        AdminSession theirs = AdminSession.signIn(baseUrl(), theirAdmin);
        assertThat(theirs.get("/admin").html().select(".practice-name").text()).contains("Northside Counselling");
        assertThat(theirs.get("/admin/settings").status()).isEqualTo(200);
    }

    @Test
    void aChangeWithoutTheFormsCsrfTokenIsRefused() {
        String viewer = aurora.alias() + "-viewer";

        AdminPage forged = admin.postWithoutCsrfToken(TEAM + "/" + viewer + "/remove", Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(row(admin.get("/admin/settings").html(), viewer)).isNotNull();
    }

    private void invite(String email, String role, @Nullable String firstName, @Nullable String lastName) {
        var form = new LinkedHashMap<String, String>();
        form.put("inviteEmail", email);
        form.put("inviteRole", role);
        if (firstName != null) {
            form.put("inviteFirstName", firstName);
            form.put("inviteLastName", lastName);
        }
        AdminPage invited = admin.post(TEAM, form);
        assertThat(invited.status()).as(invited.body()).isEqualTo(302);
        admin.follow(invited);
    }

    /** The team's row that mentions {@code text}, or null. */
    /** The development issuer's sign-in buttons on a page: where a session that ended is sent. */
    private static Elements signInPageOf(AdminPage page) {
        return page.html().select("form[data-username]");
    }

    private static @Nullable Element row(Document settings, String text) {
        return settings.select("table.team tbody tr").stream()
                .filter(row -> row.text().contains(text))
                .findFirst()
                .orElse(null);
    }
}
