package io.policyhub.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.BinaryResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyRenderingIT extends IntegrationTest {

    private static final String PRACTICE_NAME = "Aurora <script>alert('name')</script> Mind & Body’s";
    private static final String XSS_CONTENT = """
            # Social media

            We **never** follow clients.

            <script>alert('content')</script>

            <img src=x onerror=alert(1)>

            [click](javascript:alert(2))

            <a href="javascript:alert(3)" onclick="alert(4)">x</a>

            <div onmouseover="alert(5)">hover</div>

            <iframe src="https://evil.example"></iframe>

            <style>body { display: none }</style>

            <svg onload=alert(6)></svg>
            """;

    private TestPractice practice;

    @BeforeEach
    void practice() {
        practice = newPractice(PRACTICE_NAME);
    }

    private String versionPath(String policy, int number) {
        return practice.path("/policies/" + policy + "/versions/" + number);
    }

    @Test
    void theHtmlPageIsStandaloneSanitisedAndLockedDownByItsContentSecurityPolicy() throws Exception {
        String policy = practice.createPolicy("Social <i>media</i>", XSS_CONTENT);
        ApiResponse version = practice.publish(policy, "First", "MAJOR");

        ApiResponse html = practice.viewer().withHeader("Accept", "text/html").get(versionPath(policy, 1));

        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.header("Content-Type")).hasValue("text/html;charset=UTF-8");
        Document page = Jsoup.parse(html.raw());
        assertThat(html.raw()).startsWith("<!doctype html>");
        assertThat(page.title()).isEqualTo("Social <i>media</i> · " + PRACTICE_NAME);
        assertThat(page.select("header .practice").text()).isEqualTo(PRACTICE_NAME);
        assertThat(page.select("strong").text()).isEqualTo("never");
        String footer = page.select("footer").text();
        assertThat(footer)
                .contains(PRACTICE_NAME)
                .contains("Version 1")
                .contains("Published " + version.text("publishedAt").substring(0, 10))
                .contains(version.text("contentHash"));

        assertThat(page.select("script, img, iframe, object, embed, svg, form, base, link"))
                .isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on"))
                        .noneMatch(
                                attribute -> attribute.getValue().toLowerCase().contains("javascript:")));

        String csp = html.header("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("base-uri 'none'")
                .contains("form-action 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval")
                .doesNotContain("script-src")
                .contains("style-src '" + sha256(page.selectFirst("style").data()) + "'");
        assertThat(html.header("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void thePdfIsARealPdfWithTheFooterOnEveryPage() throws Exception {
        String content = "# Social media\n\n"
                + IntStream.rangeClosed(1, 60)
                        .mapToObj(i -> "Paragraph " + i + ": we keep boundaries clear, online and in the room.")
                        .collect(Collectors.joining("\n\n"));
        String policy = practice.createPolicy("Social media", content);
        ApiResponse version = practice.publish(policy, "First", "MAJOR");

        BinaryResponse pdf =
                practice.viewer().withHeader("Accept", "application/pdf").getBytes(versionPath(policy, 1));

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.header("Content-Disposition")).hasValue("inline; filename=\"social-media-v1.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("Paragraph 1: we keep boundaries clear").contains("Paragraph 60:");
            for (int number = 1; number <= pages; number++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                assertThat(stripper.getText(document))
                        .as("footer of page %d", number)
                        .contains(PRACTICE_NAME)
                        .contains("Version 1")
                        .contains("Published " + version.text("publishedAt").substring(0, 10))
                        .contains(version.text("contentHash"))
                        .contains("Page " + number + " of " + pages);
            }
        }
    }

    @Test
    void jsonStaysTheDefaultRepresentationOfAVersion() {
        String policy = practice.createPolicy("Fees", "# Fees\n\n£60");
        practice.publish(policy, "First", "MAJOR");

        ApiResponse plain = practice.viewer().get(versionPath(policy, 1));
        ApiResponse json =
                practice.viewer().withHeader("Accept", "application/json").get(versionPath(policy, 1));

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Type")).hasValue("application/json");
        assertThat(plain.text("content")).isEqualTo("# Fees\n\n£60");
        assertThat(json.text("contentHash")).isEqualTo(plain.text("contentHash"));
        assertProblem(practice.viewer().withHeader("Accept", "text/csv").get(versionPath(policy, 1)), 406, "http-406");
    }

    @Test
    void unknownVersionsAndOtherPracticesPoliciesAreProblemsWhateverTheAcceptedType() {
        String policy = practice.createPolicy("Fees", "# Fees\n\n£60");
        practice.publish(policy, "First", "MAJOR");
        TestPractice other = newPractice("Other Practice");

        for (String type : new String[] {"text/html", "application/pdf"}) {
            ApiResponse missing = practice.viewer().withHeader("Accept", type).get(versionPath(policy, 2));
            ApiResponse foreignPractice =
                    other.admin().withHeader("Accept", type).get(versionPath(policy, 1));
            ApiResponse foreignPolicy =
                    other.admin().withHeader("Accept", type).get(other.path("/policies/" + policy + "/versions/1"));

            assertProblem(missing, 404, "policy-not-found");
            assertProblem(foreignPractice, 404, "practice-not-found");
            assertProblem(foreignPolicy, 404, "policy-not-found");
        }
    }

    private static void assertProblem(ApiResponse response, int status, String slug) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.text("type")).isEqualTo("https://policyhub.io/problems/" + slug);
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
