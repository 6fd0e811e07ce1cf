package io.policyhub.admin;

import static io.policyhub.template.LibraryTemplates.SOCIAL_MEDIA;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The policy pages over real HTTP: the template wizard, autosave and its conflicts, roles, and isolation. */
class PolicyPagesIT extends IntegrationTest {

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
    }

    @Test
    void anEditorCreatesTheSocialMediaPolicyFromTheTemplateWithAurorasAnswers() {
        AdminSession editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");

        Document templates = editor.get("/admin/policies/new").html();
        assertThat(templates.select(".card h2").eachText())
                .contains("Social media policy for therapy clients (Balick/Kolmes model)");
        Document questions = editor.get("/admin/policies/new/" + SOCIAL_MEDIA).html();
        assertThat(questions.select("label[for=var-practiceName]").text()).contains("Practice name", "(required)");
        assertThat(questions.select("#var-practiceName").val()).isEqualTo("Aurora Mind and Body");
        assertThat(questions.select("input[name=var.personalAccounts]")).hasSize(5);

        AdminPage preview = editor.post("/admin/policies/new/" + SOCIAL_MEDIA + "/preview", AuroraAnswers.form(1));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.html().select("article.policy-text").text())
                .contains(
                        "the National Society of Talking Therapies (NSTT)",
                        "the fitness side of Aurora Mind and Body Ltd");
        assertThat(preview.html().select("button[formaction]").text()).isEqualTo("Create the draft");

        AdminPage created = editor.post("/admin/policies/new/" + SOCIAL_MEDIA, AuroraAnswers.form(1));
        assertThat(created.location()).matches(".*/admin/policies/[0-9a-f-]{36}");
        Document page = editor.follow(created).html();
        assertThat(page.select("h1").text()).isEqualTo("Social media policy");
        assertThat(page.select("#content").text()).contains("National Society of Talking Therapies");
        assertThat(page.select(".notice-success").text()).contains("Your draft is ready");
    }

    @Test
    void unansweredRequiredQuestionsAreNamedNextToTheirFieldsAndNothingIsCreated() {
        AdminSession editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");
        var answers = AuroraAnswers.form(1).stream()
                .filter(field -> !field.getKey().equals("var.practiceName"))
                .toList();

        AdminPage refused = editor.post("/admin/policies/new/" + SOCIAL_MEDIA, answers);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()
                        .select(".error-summary a[href=#var-practiceName]")
                        .text())
                .isEqualTo("Practice name: is required");
        assertThat(refused.html().select("#var-otherActivities").text())
                .isEqualTo("the fitness side of Aurora Mind and Body Ltd");
        assertThat(aurora.viewer()
                        .get(aurora.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void autosaveNeverOverwritesAnotherEditorsChangeUnlessTheEditorChoosesTo() {
        String policy = aurora.createPolicy("Fees", "# Fees\n\nSessions cost £60.\n");
        AdminSession editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");
        assertThat(editor.get("/admin/policies/" + policy)
                        .html()
                        .select("#revision")
                        .val())
                .isEqualTo("1");
        aurora.editDraft(policy, "Fees", "# Fees\n\nSessions cost £65.\n");

        AdminPage conflict = editor.htmx(
                "/admin/policies/" + policy + "/draft",
                Map.of("revision", "1", "title", "Fees", "content", "# Fees\r\n\r\nSessions cost £70.\r\n"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.html().text()).contains("Someone else changed this draft", aurora.alias() + "-admin");
        assertThat(conflict.html().select("button[name=overwriteRevision]").val())
                .isEqualTo("2");
        assertThat(aurora.admin().get(aurora.path("/policies/" + policy)).text("content"))
                .contains("£65");

        AdminPage overwritten = editor.htmx(
                "/admin/policies/" + policy + "/draft",
                Map.of(
                        "revision",
                        "1",
                        "overwriteRevision",
                        "2",
                        "title",
                        "Fees",
                        "content",
                        "# Fees\r\n\r\nSessions cost £70.\r\n"));
        assertThat(overwritten.status()).isEqualTo(200);
        assertThat(overwritten.html().select("input#revision[hx-swap-oob]").val())
                .isEqualTo("3");
        assertThat(aurora.admin().get(aurora.path("/policies/" + policy)).text("content"))
                .isEqualTo("# Fees\n\nSessions cost £70.\n");

        AdminPage blank = editor.htmx(
                "/admin/policies/" + policy + "/draft", Map.of("revision", "3", "title", " ", "content", "# Fees"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.html().text()).contains("Not saved", "The title must not be blank");
    }

    @Test
    void anAdminPublishesTheReviewedRevisionAndTheHistoryComparesVersions() {
        String policy = aurora.createPolicy("Fees", "# Fees\n\nSessions cost £60.\n");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        Document first = admin.get("/admin/policies/" + policy + "/publish").html();
        assertThat(first.select("h1").text()).isEqualTo("Publish version 1 of Fees");
        assertThat(first.select("input[name=changeKind]")).isEmpty();
        AdminPage firstPublished =
                admin.follow(admin.post("/admin/policies/" + policy + "/publish", Map.of("revision", "1")));
        assertThat(firstPublished.html().select(".notice-success").text()).contains("Version 1 is published");
        aurora.editDraft(policy, "Fees", "# Fees\n\nSessions cost £65.\n");

        Document second = admin.get("/admin/policies/" + policy + "/publish").html();
        assertThat(second.select("#explain-major").text()).contains("asked to read and agree to the new version");
        assertThat(second.select("#explain-minor").text()).contains("Nobody is asked again");
        assertThat(second.select(".diff del").text()).contains("60");
        assertThat(second.select(".diff ins").text()).contains("65");
        AdminPage missingKind =
                admin.post("/admin/policies/" + policy + "/publish", Map.of("revision", "2", "changeSummary", "Fee"));
        assertThat(missingKind.status()).isEqualTo(422);
        assertThat(missingKind.html().select(".error-summary").text())
                .contains("Choose whether clients must agree again");

        AdminPage stale = admin.post(
                "/admin/policies/" + policy + "/publish",
                Map.of("revision", "1", "changeSummary", "Fee", "changeKind", "MINOR"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(aurora.admin()
                        .get(aurora.path("/policies/" + policy + "/versions"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        AdminPage published = admin.post(
                "/admin/policies/" + policy + "/publish",
                Map.of("revision", "2", "changeSummary", "New fee", "changeKind", "MINOR"));
        assertThat(admin.follow(published).html().select(".notice-success").text())
                .contains("Version 2 is published", "earlier agreements stay valid");

        Document diff =
                admin.get("/admin/policies/" + policy + "/diff?from=1&to=2").html();
        assertThat(diff.select("del").eachText()).contains("60");
        assertThat(diff.select("ins").eachText()).contains("65");
        assertThat(admin.get("/admin/policies/" + policy + "/versions").html().select("tbody tr"))
                .hasSize(2);
    }

    @Test
    void anAdminArchivesAPolicyAfterConfirmingAndItCanNoLongerBeEdited() {
        String policy = aurora.createPolicy("Fees", "# Fees\n");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        Document confirm = admin.get("/admin/policies/" + policy + "/archive").html();
        assertThat(confirm.select("main").text()).contains("kept as evidence", "cannot be undone");
        Document archived = admin.follow(admin.post("/admin/policies/" + policy + "/archive", Map.of()))
                .html();

        assertThat(archived.select(".notice-success").text()).contains("is archived");
        assertThat(archived.select(".status").text()).isEqualTo("Archived");
        assertThat(archived.select("#editor-form, a[href$='/publish'], a[href$='/archive']"))
                .isEmpty();
        assertThat(admin.post(
                                "/admin/policies/" + policy + "/draft",
                                Map.of("revision", "1", "title", "F", "content", "x"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void viewersAndEditorsCannotPublishNorViewersEditEvenBypassingTheButtons() {
        String policy = aurora.createPolicy("Fees", "# Fees\n");
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");
        AdminSession editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");

        Document asViewer = viewer.get("/admin/policies/" + policy).html();
        assertThat(asViewer.select("a:contains(Publish)")).isEmpty();
        assertThat(asViewer.select("#editor-form")).isEmpty();
        assertThat(viewer.get("/admin/policies/" + policy + "/publish").status())
                .isEqualTo(403);
        for (AdminSession refused : List.of(viewer, editor)) {
            AdminPage attempt = refused.post("/admin/policies/" + policy + "/publish", Map.of("revision", "1"));
            assertThat(attempt.status()).isEqualTo(403);
            assertThat(attempt.html().select("h1").text()).isEqualTo("Your role does not allow this");
        }
        assertThat(viewer.post(
                                "/admin/policies/" + policy + "/draft",
                                Map.of("revision", "1", "title", "X", "content", "Y"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/admin/policies/" + policy + "/archive", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(aurora.admin().get(aurora.path("/policies/" + policy)).text("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void anotherPracticesPolicyLooksExactlyLikeOneThatDoesNotExist() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirs = northside.createPolicy("Their fees", "# Secret fees\n");
        northside.publish(theirs, "First", "MAJOR");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        for (String path : List.of("", "/versions", "/versions/1", "/diff", "/publish", "/archive")) {
            AdminPage page = admin.get("/admin/policies/" + theirs + path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).doesNotContain("Their fees", "Secret");
        }
        assertThat(admin.post(
                                "/admin/policies/" + theirs + "/draft",
                                Map.of("revision", "1", "title", "Mine", "content", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.post("/admin/policies/" + theirs + "/publish", Map.of("revision", "1"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/admin/policies/not-a-uuid").status()).isEqualTo(404);
        assertThat(northside.admin().get(northside.path("/policies/" + theirs)).text("title"))
                .isEqualTo("Their fees");
    }
}
