package io.policyhub.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyImportIT extends IntegrationTest {

    private static final String AURORA = "/seeds/aurora-social-media-policy.txt";
    private static final List<String> AURORA_SECTIONS = List.of(
            "Our public activities",
            "Keeping boundaries",
            "Twitter and Instagram",
            "Facebook and LinkedIn",
            "Interacting with your therapist",
            "Reviews and testimonials");

    private TestPractice practice;

    @BeforeEach
    void practice() {
        practice = newPractice("Aurora Mind and Body Ltd");
    }

    @Test
    void auroraPlainTextPolicyBecomesADraftWithItsSectionsInOrderAndEveryParagraph() {
        String seed = resource(AURORA);

        ApiResponse imported =
                practice.editor().post(practice.path("/policies/import"), Map.of("format", "TEXT", "text", seed));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.text("status")).isEqualTo("DRAFT");
        assertThat(imported.text("title")).isEqualTo("Social media policy");
        assertThat(imported.header("ETag")).hasValue("\"1\"");
        assertThat(imported.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(practice.path("/policies/" + imported.text("id"))));
        String draft = imported.text("content");
        assertThat(draft.lines().filter(line -> line.startsWith("# "))).containsExactly("# Social media policy");
        assertThat(draft.lines().filter(line -> line.startsWith("## ")).map(line -> line.substring(3)))
                .containsExactlyElementsOf(AURORA_SECTIONS);
        assertThat(draft).doesNotContain("Home");

        List<String> paragraphs = paragraphs(seed);
        assertThat(paragraphs).hasSize(10);
        int previous = -1;
        for (String paragraph : paragraphs) {
            // A footnote's asterisk is escaped, so Markdown keeps it as written instead of making a list.
            String expected = paragraph.startsWith("*") ? "\\" + paragraph : paragraph;
            int at = draft.indexOf("\n\n" + expected + "\n");
            assertThat(at)
                    .as("paragraph kept whole and in order: %s", paragraph)
                    .isGreaterThan(previous);
            previous = at;
        }
        assertThat(draft).contains("\n\n---\n\n\\* Special thanks to Dr Aaron Balick");
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + imported.text("id")))
                        .text("content"))
                .isEqualTo(draft);
    }

    @Test
    void plainTextAndMarkdownBodiesAreAcceptedAsTheyAre() {
        String title = URLEncoder.encode("Our social media policy", StandardCharsets.UTF_8);
        ApiResponse text = practice.admin()
                .sendBody(
                        "POST",
                        practice.path("/policies/import?title=" + title),
                        "text/plain",
                        resource(AURORA).getBytes(StandardCharsets.UTF_8));
        ApiResponse markdown = practice.editor()
                .sendBody(
                        "POST",
                        practice.path("/policies/import"),
                        "text/markdown; charset=UTF-8",
                        "# Fees\n\nSessions cost **£60**.\n\n# Cancellations\n\n48 hours’ notice.\n"
                                .getBytes(StandardCharsets.UTF_8));

        assertThat(text.status()).as(text.toString()).isEqualTo(201);
        assertThat(text.text("title")).isEqualTo("Our social media policy");
        assertThat(text.text("content"))
                .startsWith("# Our social media policy\n\n## Social media policy\n\nThis policy has been written")
                .contains("## Reviews and testimonials\n\n");
        assertThat(markdown.status()).as(markdown.toString()).isEqualTo(201);
        assertThat(markdown.text("title")).isEqualTo("Fees");
        assertThat(markdown.text("content"))
                .isEqualTo("# Fees\n\nSessions cost **£60**.\n\n## Cancellations\n\n48 hours’ notice.\n");
    }

    @Test
    void emptyTextIsUnprocessableAndOversizedTextIsTooLarge() {
        ApiResponse blank =
                practice.editor().post(practice.path("/policies/import"), Map.of("format", "TEXT", "text", "  \n"));
        ApiResponse emptyBody =
                practice.editor().sendBody("POST", practice.path("/policies/import"), "text/plain", new byte[0]);
        ApiResponse noFormat = practice.editor().post(practice.path("/policies/import"), Map.of("text", "Fees"));
        ApiResponse oversized = practice.editor()
                .post(
                        practice.path("/policies/import"),
                        Map.of("format", "MARKDOWN", "text", "# Fees\n\n" + "x".repeat(200_000)));
        ApiResponse overTheRequestLimit = practice.editor()
                .sendBody(
                        "POST",
                        practice.path("/policies/import"),
                        "text/plain",
                        "y".repeat(1_100_000).getBytes(StandardCharsets.UTF_8));
        ApiResponse notUtf8 = practice.editor()
                .sendBody("POST", practice.path("/policies/import"), "text/plain", new byte[] {'F', (byte) 0xC3});

        assertProblem(blank, 422, "validation-failed");
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertProblem(emptyBody, 422, "validation-failed");
        assertProblem(noFormat, 422, "validation-failed");
        assertThat(noFormat.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertProblem(oversized, 413, "import-too-large");
        assertThat(oversized.json().get("limit").asInt()).isEqualTo(200_000);
        assertProblem(overTheRequestLimit, 413, "payload-too-large");
        assertProblem(notUtf8, 422, "validation-failed");
        assertThat(practice.viewer()
                        .get(practice.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void viewersCannotImportAndNoPracticeCanImportIntoAnother() {
        TestPractice other = newPractice("Other Practice");
        Map<String, String> body = Map.of("format", "TEXT", "text", "Fees\n\nBy card.");

        assertProblem(practice.viewer().post(practice.path("/policies/import"), body), 403, null);
        assertProblem(other.admin().post(practice.path("/policies/import"), body), 404, "practice-not-found");
        assertThat(practice.viewer()
                        .get(practice.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void theOpenApiDocumentListsEveryImportFormat() {
        ApiResponse docs = anonymous().get("/v3/api-docs");

        assertThat(docs.json()
                        .path("paths")
                        .path("/api/v1/practices/{practiceId}/policies/import")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .propertyNames())
                .contains("application/json", "text/markdown", "text/plain");
    }

    private static void assertProblem(ApiResponse response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        if (slug != null) {
            assertThat(response.text("type")).isEqualTo("https://policyhub.io/problems/" + slug);
        }
    }

    /** The seed's paragraphs: every block but its title, breadcrumb and section headings. */
    private static List<String> paragraphs(String seed) {
        List<String> paragraphs = new ArrayList<>(
                Arrays.stream(seed.split("\\n\\s*\\n")).map(String::strip).toList());
        paragraphs.remove("Social media policy");
        paragraphs.remove("Home » Social media policy");
        paragraphs.removeAll(AURORA_SECTIONS);
        return paragraphs;
    }

    static String resource(String name) {
        try (InputStream in = PolicyImportIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
