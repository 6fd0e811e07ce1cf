package io.policyhub.template;

import static io.policyhub.template.LibraryTemplates.AURORA;
import static io.policyhub.template.LibraryTemplates.SOCIAL_MEDIA;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyFromTemplateIT extends IntegrationTest {

    private static final String V1 = """
            # Fees at {{practiceName}}

            Sessions last fifty minutes.

            Please cancel at least {{notice}} hours ahead.

            Payment is due at each session.
            """;

    private TestPractice aurora;
    private Api platform;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
        platform = anonymous()
                .withToken(TestIssuer.tokenFor("platform-" + UUID.randomUUID(), List.of("platform-admin"), List.of()));
    }

    @Test
    void aPolicyCreatedFromTheLibraryRecordsTheTemplateVersionAndItsValues() {
        ApiResponse created =
                aurora.editor().post(aurora.path("/policies"), Map.of("templateId", SOCIAL_MEDIA, "variables", AURORA));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("title")).isEqualTo("Social media policy for therapy clients (Balick/Kolmes model)");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.text("content"))
                .contains("the National Society of Talking Therapies (NSTT)")
                .contains("the fitness side of Aurora Mind and Body Ltd");
        var template = created.json().get("template");
        assertThat(template.get("kind").asString()).isEqualTo("LIBRARY");
        assertThat(template.get("id").asString()).isEqualTo(SOCIAL_MEDIA);
        assertThat(template.get("version").asInt()).isEqualTo(1);
        assertThat(template.get("variables").get("practiceName").asString()).isEqualTo("Aurora Mind and Body Ltd");
        assertThat(template.get("variables").get("contactChannels").asString())
                .isEqualTo("email or through the Aurora Mind and Body Facebook page");
        assertThat(created.json().get("templateUpdateAvailable").asBoolean()).isFalse();

        ApiResponse read = aurora.viewer().get(aurora.path("/policies/" + created.text("id")));
        assertThat(read.json()
                        .get("template")
                        .get("variables")
                        .get("practiceAccounts")
                        .values())
                .extracting(v -> v.asString())
                .containsExactly("X", "Instagram", "Facebook");
    }

    @Test
    void badVariablesAreEachNamedAndNoPolicyIsCreated() {
        var variables = new HashMap<String, Object>(AURORA);
        variables.remove("practiceName");
        variables.put("testimonialsBarred", "definitely");
        variables.put("shoeSize", 42);

        ApiResponse response = aurora.editor()
                .post(aurora.path("/policies"), Map.of("templateId", SOCIAL_MEDIA, "variables", variables));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder(
                        "variables.practiceName", "variables.testimonialsBarred", "variables.shoeSize");
        assertThat(aurora.viewer()
                        .get(aurora.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(aurora.editor()
                        .post(aurora.path("/policies"), Map.of("templateId", UUID.randomUUID(), "variables", AURORA))
                        .status())
                .isEqualTo(404);
        assertThat(aurora.editor()
                        .post(
                                aurora.path("/policies"),
                                Map.of("templateId", SOCIAL_MEDIA, "templateVersion", 99, "variables", AURORA))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rawPoliciesAreCreatedAsBeforeAndCarryNoTemplate() {
        ApiResponse raw =
                aurora.editor().post(aurora.path("/policies"), Map.of("title", "Fees", "content", "# Fees\n"));
        assertThat(raw.status()).isEqualTo(201);
        assertThat(raw.json().get("template").isNull()).isTrue();
        assertThat(raw.json().get("templateUpdateAvailable").asBoolean()).isFalse();

        ApiResponse empty = aurora.editor().post(aurora.path("/policies"), Map.of());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("title", "content");
        ApiResponse mixed = aurora.editor()
                .post(aurora.path("/policies"), Map.of("templateId", SOCIAL_MEDIA, "content", "# Mine\n"));
        assertThat(mixed.status()).isEqualTo(422);

        ApiResponse upgrade = aurora.editor().get(aurora.path("/policies/" + raw.text("id") + "/template-upgrade"));
        assertThat(upgrade.status()).isEqualTo(409);
        assertThat(upgrade.text("type")).endsWith("/policy-not-from-template");
    }

    @Test
    void aCleanTemplateUpgradeKeepsLocalEditsAndOnlyChangesTheDraft() {
        String templateId = addLibraryTemplate(V1);
        String policyId = createPolicy(templateId);
        String path = aurora.path("/policies/" + policyId);
        String customised = aurora.viewer()
                .get(path)
                .text("content")
                .replace("Sessions last fifty minutes.", "Sessions last fifty minutes, or eighty for couples.");
        aurora.editDraft(policyId, "Fees", customised);

        publishLibraryVersion(templateId, V1.replace("due at each session.", "due at each session, by card."));

        ApiResponse stale = aurora.viewer().get(path);
        assertThat(stale.json().get("templateUpdateAvailable").asBoolean()).isTrue();
        assertThat(stale.json().get("latestTemplateVersion").asInt()).isEqualTo(2);
        assertThat(stale.json().get("template").get("updateAvailable").asBoolean())
                .isTrue();

        ApiResponse proposal = aurora.editor().get(path + "/template-upgrade");
        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
        assertThat(proposal.json().get("clean").asBoolean()).isTrue();
        assertThat(proposal.json().get("conflicts").values()).isEmpty();
        assertThat(proposal.json().get("fromVersion").asInt()).isEqualTo(1);
        assertThat(proposal.json().get("toVersion").asInt()).isEqualTo(2);
        String merged = "# Fees at Aurora\n\nSessions last fifty minutes, or eighty for couples.\n\n"
                + "Please cancel at least 24 hours ahead.\n\nPayment is due at each session, by card.\n";
        assertThat(proposal.text("content")).isEqualTo(merged);
        assertThat(aurora.viewer().get(path).text("content"))
                .as("a proposal changes nothing")
                .isEqualTo(customised);

        assertThat(aurora.editor().post(path + "/template-upgrade", Map.of()).status())
                .isEqualTo(428);
        assertThat(aurora.editor()
                        .withHeader("If-Match", "\"1\"")
                        .post(path + "/template-upgrade", Map.of())
                        .status())
                .isEqualTo(412);
        ApiResponse applied = aurora.editor()
                .withHeader("If-Match", proposal.header("ETag").orElseThrow())
                .post(path + "/template-upgrade", Map.of());

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.text("content")).isEqualTo(merged);
        assertThat(applied.json().get("draftRevision").asLong()).isEqualTo(3);
        assertThat(applied.text("status")).isEqualTo("DRAFT");
        assertThat(applied.json().get("currentVersion").isNull())
                .as("nothing is published")
                .isTrue();
        assertThat(applied.json().get("template").get("version").asInt()).isEqualTo(2);
        assertThat(applied.json().get("templateUpdateAvailable").asBoolean()).isFalse();
        assertThat(aurora.editor().get(path + "/template-upgrade").status()).isEqualTo(409);
    }

    @Test
    void aClashingLocalEditComesBackAsAMarkedConflictAndCannotBeAppliedUnresolved() {
        String templateId = addLibraryTemplate(V1);
        String policyId = createPolicy(templateId);
        String path = aurora.path("/policies/" + policyId);
        String customised = aurora.viewer()
                .get(path)
                .text("content")
                .replace("Please cancel at least 24 hours ahead.", "Please cancel a day ahead by text message.");
        aurora.editDraft(policyId, "Fees", customised);
        publishLibraryVersion(
                templateId,
                V1.replace("Please cancel at least {{notice}} hours ahead.", "Cancel {{notice}} hours ahead online."));

        ApiResponse proposal = aurora.editor().get(path + "/template-upgrade");

        assertThat(proposal.status()).as(proposal.toString()).isEqualTo(200);
        assertThat(proposal.json().get("clean").asBoolean()).isFalse();
        assertThat(proposal.text("content"))
                .contains("<<<<<<< current draft\nPlease cancel a day ahead by text message.\n=======\n"
                        + "Cancel 24 hours ahead online.\n>>>>>>> template version 2\n");
        var conflict = proposal.json().get("conflicts").get(0);
        assertThat(proposal.json().get("conflicts").size()).isEqualTo(1);
        assertThat(conflict.get("ours").asString()).isEqualTo("Please cancel a day ahead by text message.\n");
        assertThat(conflict.get("base").asString()).isEqualTo("Please cancel at least 24 hours ahead.\n");
        assertThat(conflict.get("theirs").asString()).isEqualTo("Cancel 24 hours ahead online.\n");

        String etag = proposal.header("ETag").orElseThrow();
        ApiResponse refused = aurora.editor().withHeader("If-Match", etag).post(path + "/template-upgrade", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("/template-upgrade-conflicts");
        ApiResponse unchanged = aurora.viewer().get(path);
        assertThat(unchanged.text("content")).isEqualTo(customised);
        assertThat(unchanged.json().get("template").get("version").asInt()).isEqualTo(1);

        ApiResponse stillMarked = aurora.editor()
                .withHeader("If-Match", etag)
                .post(path + "/template-upgrade", Map.of("content", proposal.text("content")));
        assertThat(stillMarked.status()).isEqualTo(422);
        String resolved = customised.replace("by text message.", "by text message or online.");
        ApiResponse applied = aurora.editor()
                .withHeader("If-Match", etag)
                .post(path + "/template-upgrade", Map.of("content", resolved));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.text("content")).isEqualTo(resolved);
        assertThat(applied.json().get("template").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void onlyAuthorsApplyUpgrades() {
        String templateId = addLibraryTemplate(V1);
        String policyId = createPolicy(templateId);
        publishLibraryVersion(templateId, V1 + "\nNew closing line.\n");

        ApiResponse viewer = aurora.viewer()
                .withHeader("If-Match", "\"1\"")
                .post(aurora.path("/policies/" + policyId + "/template-upgrade"), Map.of());

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(aurora.viewer()
                        .get(aurora.path("/policies/" + policyId + "/template-upgrade"))
                        .status())
                .isEqualTo(200);
    }

    private String addLibraryTemplate(String body) {
        ApiResponse added =
                platform.post("/api/v1/templates", LibraryTemplates.feesTemplate("Fees " + UUID.randomUUID(), body));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("id");
    }

    private void publishLibraryVersion(String templateId, String body) {
        ApiResponse published = platform.post(
                "/api/v1/templates/" + templateId + "/versions",
                Map.of("changeSummary", "Clearer wording", "template", LibraryTemplates.feesTemplate("Fees", body)));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
    }

    private String createPolicy(String templateId) {
        ApiResponse created = aurora.editor()
                .post(
                        aurora.path("/policies"),
                        Map.of(
                                "templateId",
                                templateId,
                                "title",
                                "Fees",
                                "variables",
                                Map.of("practiceName", "Aurora", "notice", "24")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("content"))
                .isEqualTo(
                        "# Fees at Aurora\n\nSessions last fifty minutes.\n\nPlease cancel at least 24 hours ahead.\n\n"
                                + "Payment is due at each session.\n");
        return created.text("id");
    }
}
