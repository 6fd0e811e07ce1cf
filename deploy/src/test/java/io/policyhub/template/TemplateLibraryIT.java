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

class TemplateLibraryIT extends IntegrationTest {

    private TestPractice practice;
    private Api platform;

    @BeforeEach
    void practice() {
        practice = newPractice("Library Reader");
        platform = anonymous()
                .withToken(TestIssuer.tokenFor("platform-" + UUID.randomUUID(), List.of("platform-admin"), List.of()));
    }

    @Test
    void everyPracticeRoleReadsTheShippedLibraryAsAPagedList() {
        for (Api reader : List.of(practice.viewer(), practice.editor(), practice.admin(), practice.integrator())) {
            ApiResponse list = reader.get("/api/v1/templates?size=100");

            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json().get("total").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(list.json().get("size").asInt()).isEqualTo(100);
            assertThat(list.json().get("items").values())
                    .extracting(item -> item.get("title").asString())
                    .contains(
                            "Social media policy for therapy clients (Balick/Kolmes model)",
                            "Confidentiality and its limits",
                            "Online and remote session agreement",
                            "Cancellation and missed-session policy");
        }
        assertThat(anonymous().get("/api/v1/templates").status()).isEqualTo(401);
    }

    @Test
    void aTemplateShowsItsVersionsAndItsVariableSchema() {
        ApiResponse template = practice.viewer().get("/api/v1/templates/" + SOCIAL_MEDIA);

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.text("kind")).isEqualTo("LIBRARY");
        assertThat(template.text("category")).isEqualTo("Boundaries");
        assertThat(template.json().get("versions").get(0).get("number").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(template.json().get("variables").values())
                .extracting(v -> v.get("name").asString())
                .contains(
                        "practiceName",
                        "solePractitioner",
                        "otherActivities",
                        "practiceAccounts",
                        "personalAccounts",
                        "contactChannels",
                        "betweenSessionReplies",
                        "reviewPlatforms",
                        "testimonialsBarred",
                        "professionalBody",
                        "professionalBodyAbbreviation",
                        "attribution");
        var reply = template.json().get("variables").values().stream()
                .filter(v -> v.get("name").asString().equals("betweenSessionReplies"))
                .findFirst()
                .orElseThrow();
        assertThat(reply.get("type").asString()).isEqualTo("CHOICE");
        assertThat(reply.get("default").asString()).isEqualTo("onlyByAgreement");
        assertThat(reply.get("options").values()).extracting(o -> o.asString()).contains("answered", "notAnswered");
    }

    @Test
    void previewingTheSocialMediaTemplateWithAurorasSettingsKeepsEachOfItsCommitments() {
        ApiResponse preview =
                practice.editor().post("/api/v1/templates/" + SOCIAL_MEDIA + "/preview", Map.of("variables", AURORA));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        String markdown = preview.text("markdown");
        assertThat(markdown)
                .contains("therapy with Aurora Mind and Body Ltd, whether sessions take place in person or online")
                .contains("how we approach social media")
                .contains("## Other public activities")
                .contains("involved in the fitness side of Aurora Mind and Body Ltd")
                .contains("kept entirely apart from therapy")
                .contains("clinical work is only ever mentioned in general terms")
                .contains("avoids dual relationships")
                .contains("- **X:** you are welcome to follow the Aurora Mind and Body Ltd account")
                .contains("- **Instagram:** your therapist also has a personal account here. Please do not follow it")
                .contains("friend requests from current or former clients are not accepted")
                .contains("Current or former clients are not added as connections on personal LinkedIn profiles")
                .contains("will not knowingly follow, befriend or connect with current or former clients")
                .contains("You can do so by email or through the Aurora Mind and Body Facebook page.")
                .contains("generally not replied to, unless you and your therapist have agreed on it in advance")
                .contains("Reviews of Aurora Mind and Body Ltd are welcome on the Aurora Mind and Body Facebook page"
                        + " or Google.")
                .contains("Testimonials cannot be published")
                .contains("the National Society of Talking Therapies (NSTT), does not allow them")
                .contains("Dr Aaron Balick")
                .contains("Dr Keely Kolmes")
                .doesNotContain("{{")
                .doesNotContain("- **TikTok:**");
        assertThat(preview.text("html"))
                .contains("<h1>Social media policy</h1>")
                .contains("<h2>Reviews and testimonials</h2>")
                .contains("<strong>X:</strong>");
    }

    @Test
    void aSolePractitionerSpeaksAsIAndOptionalSectionsDisappear() {
        ApiResponse preview = practice.editor()
                .post(
                        "/api/v1/templates/" + SOCIAL_MEDIA + "/preview",
                        Map.of("variables", Map.of("practiceName", "Dana Reyes Therapy", "solePractitioner", true)));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.text("markdown"))
                .contains("how I approach social media")
                .doesNotContain("Other public activities")
                .doesNotContain("Testimonials cannot be published")
                .contains("Dr Aaron Balick");
    }

    @Test
    void previewNamesEveryMissingMistypedOrUnknownVariable() {
        var variables = new HashMap<String, Object>();
        variables.put("solePractitioner", "yes");
        variables.put("betweenSessionReplies", "sometimes");
        variables.put("practiceAccounts", List.of("MySpace"));
        variables.put("favouriteColour", "blue");

        ApiResponse response = practice.viewer()
                .post("/api/v1/templates/" + SOCIAL_MEDIA + "/preview", Map.of("variables", variables));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text("type")).endsWith("/validation-failed");
        assertThat(response.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder(
                        "variables.practiceName",
                        "variables.solePractitioner",
                        "variables.betweenSessionReplies",
                        "variables.practiceAccounts",
                        "variables.favouriteColour");
    }

    @Test
    void valuesCannotSmuggleHtmlOrMarkdownIntoThePreview() {
        ApiResponse preview = practice.viewer()
                .post(
                        "/api/v1/templates/" + SOCIAL_MEDIA + "/preview",
                        Map.of(
                                "variables",
                                Map.of(
                                        "practiceName",
                                        "<script>alert(1)</script>[click](javascript:alert(1)) <img src=x onerror=alert(1)>")));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text("html"))
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;[click](javascript:alert(1))");
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        String unknown = "/api/v1/templates/" + UUID.randomUUID();

        assertThat(practice.viewer().get(unknown).status()).isEqualTo(404);
        ApiResponse preview = practice.viewer().post(unknown + "/preview", Map.of("variables", Map.of()));
        assertThat(preview.status()).isEqualTo(404);
        assertThat(preview.text("type")).endsWith("/template-not-found");
    }

    @Test
    void everyShippedTemplateRendersWithNothingButAPracticeName() {
        ApiResponse list = practice.viewer().get("/api/v1/templates?size=200");
        List<String> shipped = List.of(
                LibraryTemplates.SOCIAL_MEDIA,
                LibraryTemplates.CONFIDENTIALITY,
                LibraryTemplates.ONLINE_SESSIONS,
                LibraryTemplates.CANCELLATION);
        assertThat(list.json().get("items").values())
                .extracting(item -> item.get("id").asString())
                .containsAll(shipped);

        for (String id : shipped) {
            ApiResponse preview = practice.viewer()
                    .post(
                            "/api/v1/templates/" + id + "/preview",
                            Map.of("variables", Map.of("practiceName", "Northside Counselling")));
            assertThat(preview.status()).as(id + " " + preview).isEqualTo(200);
            assertThat(preview.text("markdown"))
                    .as(id)
                    .contains("Northside Counselling")
                    .doesNotContain("{{")
                    .startsWith("# ");
        }
    }

    @Test
    void onlyPlatformAdministratorsAddToTheLibraryOrPublishItsVersions() {
        Map<String, Object> fees =
                LibraryTemplates.feesTemplate("Fees " + UUID.randomUUID(), "# Fees at {{practiceName}}\n");

        assertThat(practice.admin().post("/api/v1/templates", fees).status()).isEqualTo(403);
        assertThat(practice.integrator().post("/api/v1/templates", fees).status())
                .isEqualTo(403);
        ApiResponse added = platform.post("/api/v1/templates", fees);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("latestVersion").asInt()).isEqualTo(1);
        String versions = "/api/v1/templates/" + added.text("id") + "/versions";

        Map<String, Object> v2 = Map.of(
                "changeSummary",
                "Mentions card payments",
                "template",
                LibraryTemplates.feesTemplate("Fees", "# Fees at {{practiceName}}\n\nCards welcome.\n"));
        ApiResponse refused = practice.admin().post(versions, v2);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("type")).endsWith("/forbidden");
        ApiResponse published = platform.post(versions, v2);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().get("latestVersion").asInt()).isEqualTo(2);

        ApiResponse read = practice.viewer().get("/api/v1/templates/" + added.text("id"));
        assertThat(read.json().get("versions").values())
                .extracting(v -> v.get("number").asInt())
                .containsExactly(2, 1);
        ApiResponse first = practice.viewer()
                .post(
                        "/api/v1/templates/" + added.text("id") + "/preview",
                        Map.of("variables", Map.of("practiceName", "P"), "version", 1));
        assertThat(first.text("markdown")).isEqualTo("# Fees at P\n");
    }

    @Test
    void aTemplateBodyThatIncludesOtherTemplatesOrUndeclaredVariablesIsRefused() {
        ApiResponse partial = platform.post(
                "/api/v1/templates", LibraryTemplates.feesTemplate("Bad", "# Fees\n\n{{> ../../etc/passwd}}\n"));
        ApiResponse undeclared =
                platform.post("/api/v1/templates", LibraryTemplates.feesTemplate("Bad", "# Fees for {{clientName}}\n"));

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(undeclared.status()).isEqualTo(422);
        assertThat(undeclared.json().get("errors").get(0).get("message").asString())
                .contains("{{clientName}}");
    }
}
