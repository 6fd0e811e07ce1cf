package io.policyhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import io.policyhub.template.LibraryTemplates;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The template-upgrade page: a clean merge applied in one step, conflicts resolved by the editor. */
class TemplateUpgradePageIT extends IntegrationTest {

    private static final String V1 = """
            # Fees at {{practiceName}}

            Sessions last fifty minutes.

            Please cancel at least {{notice}} hours ahead.

            Payment is due at each session.
            """;

    private TestPractice aurora;
    private Api platform;
    private AdminSession editor;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
        platform = anonymous()
                .withToken(TestIssuer.tokenFor("platform-" + UUID.randomUUID(), List.of("platform-admin"), List.of()));
        editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");
    }

    @Test
    void aCleanUpgradeShowsWhatChangesAndKeepsTheDraftsOwnEdits() {
        String template = addLibraryTemplate();
        String policy = createPolicy(template);
        String edited = aurora.viewer()
                .get(aurora.path("/policies/" + policy))
                .text("content")
                .replace("fifty minutes.", "fifty minutes, or eighty for couples.");
        aurora.editDraft(policy, "Fees", edited);
        publishLibraryVersion(template, V1.replace("due at each session.", "due at each session, by card."));

        assertThat(editor.get("/admin/policies/" + policy)
                        .html()
                        .select(".notice-warning a")
                        .text())
                .contains("bring the draft up to date");
        Document proposal =
                editor.get("/admin/policies/" + policy + "/template-upgrade").html();
        assertThat(proposal.select(".diff ins").eachText()).contains(", by card");
        assertThat(proposal.select("input[name=baseRevision]").val()).isEqualTo("2");

        AdminPage applied = editor.post("/admin/policies/" + policy + "/template-upgrade", Map.of("baseRevision", "2"));
        assertThat(editor.follow(applied).html().select(".notice-success").text())
                .contains("now follows template version 2");
        assertThat(aurora.viewer().get(aurora.path("/policies/" + policy)).text("content"))
                .contains("or eighty for couples", "by card");
    }

    @Test
    void conflictsAreShownSideBySideAndMarkersMustBeResolvedBeforeTheDraftChanges() {
        String template = addLibraryTemplate();
        String policy = createPolicy(template);
        String ours = aurora.viewer()
                .get(aurora.path("/policies/" + policy))
                .text("content")
                .replace("Sessions last fifty minutes.", "Sessions last an hour.");
        aurora.editDraft(policy, "Fees", ours);
        publishLibraryVersion(template, V1.replace("Sessions last fifty minutes.", "Sessions last 55 minutes."));

        Document proposal =
                editor.get("/admin/policies/" + policy + "/template-upgrade").html();
        assertThat(proposal.select(".conflict pre").eachText())
                .contains("Sessions last an hour.", "Sessions last fifty minutes.", "Sessions last 55 minutes.");
        String marked = proposal.select("#resolvedContent").text();
        assertThat(marked).contains("<<<<<<<");

        AdminPage unresolved = editor.post(
                "/admin/policies/" + policy + "/template-upgrade",
                Map.of("baseRevision", "2", "resolvedContent", marked));
        assertThat(unresolved.status()).isEqualTo(422);
        assertThat(unresolved.html().select(".notice-error").text()).contains("still contains conflict markers");
        assertThat(aurora.viewer().get(aurora.path("/policies/" + policy)).text("content"))
                .isEqualTo(ours);

        String resolved = ours.replace("Sessions last an hour.", "Sessions last 55 minutes, or an hour for couples.");
        AdminPage applied = editor.post(
                "/admin/policies/" + policy + "/template-upgrade",
                Map.of("baseRevision", "2", "resolvedContent", resolved.replace("\n", "\r\n")));
        assertThat(applied.location()).endsWith("/admin/policies/" + policy);
        assertThat(aurora.viewer().get(aurora.path("/policies/" + policy)).text("content"))
                .isEqualTo(resolved);
    }

    private String addLibraryTemplate() {
        ApiResponse added =
                platform.post("/api/v1/templates", LibraryTemplates.feesTemplate("Fees " + UUID.randomUUID(), V1));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("id");
    }

    private void publishLibraryVersion(String template, String body) {
        ApiResponse published = platform.post(
                "/api/v1/templates/" + template + "/versions",
                Map.of("changeSummary", "Clearer", "template", LibraryTemplates.feesTemplate("Fees", body)));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
    }

    private String createPolicy(String template) {
        ApiResponse created = aurora.editor()
                .post(
                        aurora.path("/policies"),
                        Map.of(
                                "templateId",
                                template,
                                "title",
                                "Fees",
                                "variables",
                                Map.of("practiceName", "Aurora", "notice", "24")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }
}
