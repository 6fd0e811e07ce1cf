package io.policyhub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-rendered portal, exercised as a browser would: cookies, CSRF token, form posts, redirects. */
class PortalPagesIT extends IntegrationTest {

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private TestPractice practice;
    private String policy;
    private String token;

    @BeforeEach
    void assignedClient() {
        practice = newPractice("Aurora Mind and Body");
        policy = practice.createPolicy("Social media policy", """
                # Social media policy

                We do **not** follow clients on personal accounts.

                <script>alert('stolen')</script><img src=x onerror=alert(1)>
                """);
        practice.publish(policy, "First", "MAJOR");
        String client = practice.addClient("Ada Lovelace", "ada@example.com");
        token = practice.assign(policy, List.of(client)).get(0);
    }

    @Test
    void aClientReadsThePolicyAgreesAndSeesTheConfirmation() throws Exception {
        HttpResponse<String> page = get("/portal/" + token);
        Document html = Jsoup.parse(page.body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(html.select("header").text()).contains("Aurora Mind and Body");
        assertThat(html.select("footer .professional-body"))
                .as("no professional body named yet")
                .isEmpty();
        assertThat(html.select("h1").text()).isEqualTo("Social media policy");
        assertThat(html.select("article.policy strong").text()).isEqualTo("not");
        assertThat(html.select("label[for=fullName]").text()).isEqualTo("Your full name");
        assertThat(html.select("label[for=agreed]").text()).contains("I have read and agree");

        HttpResponse<String> submitted = post(
                "/portal/" + token + "/acknowledgement",
                Map.of(
                        "_csrf",
                        html.select("input[name=_csrf]").val(),
                        "fullName",
                        "Ada Lovelace",
                        "agreed",
                        "true",
                        "version",
                        "1"));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/portal/" + token + "/confirmation"));

        HttpResponse<String> confirmation = get("/portal/" + token + "/confirmation");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(confirmation.body()).select("main").text())
                .contains("Thank you", "Ada Lovelace", "Social media policy", "version 1");
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/compliance"))
                        .json()
                        .get("acknowledged")
                        .asInt())
                .isEqualTo(1);

        Document again = Jsoup.parse(get("/portal/" + token).body());
        assertThat(again.select("form.agreement")).isEmpty();
        assertThat(again.select(".done").text()).contains("You have already agreed to this version", "Ada Lovelace");
        assertThat(again.select(".done a.receipt-pdf").attr("href")).isEqualTo("/portal/api/" + token + "/receipt.pdf");
    }

    @Test
    void thePageNamesTheProfessionalBodyThePracticesTherapistsAreRegisteredWith() throws Exception {
        String body = "National Society of Talking Therapies (NSTT)";
        assertThat(practice.admin()
                        .patch(practice.path(""), Map.of("professionalBody", body))
                        .status())
                .isEqualTo(200);

        Document html = Jsoup.parse(get("/portal/" + token).body());

        assertThat(html.select("footer .professional-body").text())
                .isEqualTo("Aurora Mind and Body’s therapists are registered with " + body + ".");
        assertThat(anonymous().get("/portal/api/" + token).text("professionalBody"))
                .isEqualTo(body);
    }

    @Test
    void theConfirmationOffersTheReceiptsForDownload() throws Exception {
        practice.acknowledgeInPortal(token, "Ada Lovelace");

        Document confirmation =
                Jsoup.parse(get("/portal/" + token + "/confirmation").body());
        String pdfLink = confirmation.select("a.receipt-pdf").attr("href");
        String jwsLink = confirmation.select("a.receipt-jws").attr("href");

        assertThat(confirmation.select("a.receipt-pdf").text()).isEqualTo("Download your receipt (PDF)");
        HttpResponse<byte[]> pdf = browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + pdfLink)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> jws = get(jwsLink);
        assertThat(jws.statusCode()).isEqualTo(200);
        assertThat(practice.viewer()
                        .post("/api/v1/receipts/verify", Map.of("receipt", jws.body()))
                        .text("verdict"))
                .isEqualTo("GENUINE");
    }

    @Test
    void authoredScriptNeverReachesThePageAndTheHeadersForbidScriptsFramingAndReferrers() throws Exception {
        HttpResponse<String> page = get("/portal/" + token);
        Document html = Jsoup.parse(page.body());

        assertThat(html.select("script, img, iframe")).isEmpty();
        assertThat(html.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'", "frame-ancestors 'none'")
                        .doesNotContain("script-src"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        get("/portal/" + token);

        HttpResponse<String> forged =
                post("/portal/" + token + "/acknowledgement", Map.of("fullName", "Ada Lovelace", "agreed", "true"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/acknowledgements"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void missingNameOrConsentIsExplainedOnThePage() throws Exception {
        Document html = Jsoup.parse(get("/portal/" + token).body());

        HttpResponse<String> response = post(
                "/portal/" + token + "/acknowledgement",
                Map.of("_csrf", html.select("input[name=_csrf]").val(), "fullName", "Ada Lovelace", "version", "1"));

        assertThat(response.statusCode()).isEqualTo(422);
        Document again = Jsoup.parse(response.body());
        assertThat(again.select(".error-summary").text()).contains("Tick the box");
        assertThat(again.select("input[name=fullName]").val()).isEqualTo("Ada Lovelace");
    }

    @Test
    void unknownAndRevokedLinksGetFriendlyPagesARevokedOneInThePracticesColours() throws Exception {
        assertThat(practice.admin()
                        .patch(practice.path(""), Map.of("brandColour", "#1D4E89"))
                        .status())
                .isEqualTo(200);
        HttpResponse<String> unknown = get("/portal/" + "B".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(unknown.body()).select("h1").text()).isEqualTo("This link does not work");
        assertThat(Jsoup.parse(unknown.body()).select("link[href*=brand.css]")).isEmpty();

        String client = practice.viewer()
                .get(practice.path("/clients"))
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        practice.admin().delete(practice.path("/policies/" + policy + "/assignments/" + client));

        HttpResponse<String> revoked = get("/portal/" + token);
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(revoked.body()).select("main").text())
                .contains("no longer valid", "Aurora Mind and Body", "office@" + practice.alias() + ".example");
        String stylesheet =
                Jsoup.parse(revoked.body()).select("link[href*=brand.css]").attr("href");
        assertThat(stylesheet).startsWith("/portal/" + token + "/brand.css");
        HttpResponse<String> colours = get(stylesheet);
        assertThat(colours.statusCode()).isEqualTo(200);
        assertThat(colours.body()).contains("--brand: #1D4E89");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
