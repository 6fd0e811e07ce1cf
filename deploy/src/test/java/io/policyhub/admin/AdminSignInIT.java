package io.policyhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.local.DevelopmentIdentity;
import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in to the admin pages through the real OIDC flow, choosing a practice, signing out, and refusals. */
class AdminSignInIT extends IntegrationTest {

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheIssuerWithPkce() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        String start = home.headers().firstValue("Location").orElseThrow();
        assertThat(start).endsWith("/admin/oauth2/authorization/policyhub");

        HttpResponse<String> toIssuer =
                http.send(HttpRequest.newBuilder(URI.create(start)).build(), HttpResponse.BodyHandlers.ofString());
        String authorize = toIssuer.headers().firstValue("Location").orElseThrow();
        assertThat(authorize)
                .startsWith(TestIssuer.get().issuerUri() + "/authorize?")
                .contains("response_type=code", "client_id=policyhub-admin", "code_challenge_method=S256")
                .contains("code_challenge=", "state=", "scope=openid")
                .contains("redirect_uri=" + baseUrl() + "/admin/login/oauth2/code/policyhub");
    }

    @Test
    void aPracticeAdminSignsInToTheirPracticeUnderAStrictContentSecurityPolicy() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        AdminPage dashboard = admin.get("/admin");

        assertThat(dashboard.status()).isEqualTo(200);
        Document html = dashboard.html();
        assertThat(html.select(".practice-name").text()).contains("Aurora Mind and Body");
        assertThat(html.select(".staff-name").text()).isEqualTo(aurora.alias() + "-admin");
        assertThat(html.select(".role").text()).isEqualTo("Admin");
        assertThat(dashboard.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(html.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(html.select("style, [style]")).as("no inline style").isEmpty();
        assertThat(html.select("script[src]").eachAttr("src"))
                .allSatisfy(src -> assertThat(src).startsWith("/admin/"));
        assertThat(html.select("form[method=post] input[name=_csrf]")).isNotEmpty();
        assertThat(admin.get("/admin/webjars/htmx.org/dist/htmx.min.js").status())
                .isEqualTo(200);
    }

    @Test
    void aForgedSignInThatGrantsItselfAnotherPracticeIsRefusedByTheIssuer() throws Exception {
        AdminPage signInPage = followToIssuer();
        String forged = "{\"preferred_username\":\"" + aurora.alias() + "-viewer\",\"realm_access\":{\"roles\":"
                + "[\"practice-admin\"]},\"organization\":[\"" + aurora.alias() + "\",\"northside\"]}";
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(signInPage.url()))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username="
                                        + aurora.alias() + "-viewer&claims="
                                        + URLEncoder.encode(forged, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void staffOfSeveralPracticesChooseOneAndCannotChooseAnother() {
        TestPractice northside = newPractice("Northside Counselling");
        TestPractice stranger = newPractice("Elsewhere Therapy");
        String locum = "locum-" + UUID.randomUUID();
        TestIssuer.get()
                .register(new DevelopmentIdentity(
                        locum, "s", locum, List.of("practice-editor"), List.of(aurora.alias(), northside.alias())));

        AdminSession session = AdminSession.signIn(baseUrl(), locum);
        AdminPage home = session.get("/admin");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.location()).endsWith("/admin/practice");
        AdminPage choice = session.get("/admin/practice");
        assertThat(choice.html().select(".choices button").eachText())
                .containsExactly("Aurora Mind and Body", "Northside Counselling");

        AdminPage refused = session.post("/admin/practice", Map.of("practiceId", stranger.id()));
        assertThat(refused.status()).isEqualTo(404);

        AdminPage chosen = session.post("/admin/practice", Map.of("practiceId", northside.id()));
        assertThat(chosen.location()).endsWith("/admin");
        assertThat(session.get("/admin").html().select(".practice-name").text())
                .contains("Northside Counselling", "Switch practice");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        AdminPage forged = admin.postWithoutCsrfToken("/admin/practice", Map.of("practiceId", aurora.id()));
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSessionAtTheIssuerToo() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");
        AdminPage signedOut = admin.post("/admin/logout", Map.of());
        assertThat(signedOut.location()).startsWith(TestIssuer.get().issuerUri() + "/endsession");
        AdminPage landed = admin.follow(signedOut);
        assertThat(landed.url()).endsWith("/admin/signed-out");
        assertThat(landed.html().select("h1").text()).isEqualTo("You are signed out");

        AdminPage again = admin.get("/admin");
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).endsWith("/admin/oauth2/authorization/policyhub");
    }

    @Test
    void anHtmxRequestAfterTheSessionEndedGetsANoticeInsteadOfASignInPage() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");
        admin.post("/admin/logout", Map.of());

        AdminPage autosave = admin.htmx("/admin/practice", Map.of("practiceId", aurora.id()));
        assertThat(autosave.status()).isEqualTo(401);
        assertThat(autosave.header("HX-Retarget")).hasValue("#page-notice");
        assertThat(autosave.body()).contains("Your session has ended", "not saved");
    }

    @Test
    void identitiesWithoutAStaffRoleOrPracticeAreToldWhy() {
        String integrator = "integrator-" + UUID.randomUUID();
        TestIssuer.get()
                .register(new DevelopmentIdentity(
                        integrator, "s", integrator, List.of("practice-viewer", "integrator"), List.of()));
        AdminSession nobody = AdminSession.signIn(baseUrl(), integrator);
        AdminPage home = nobody.follow(nobody.get("/admin"));
        assertThat(home.url()).endsWith("/admin/no-access");
        assertThat(home.html().select("h1").text()).isEqualTo("Your account belongs to no practice");
    }

    private AdminPage followToIssuer() {
        AdminSession anonymous = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");
        anonymous.post("/admin/logout", Map.of());
        AdminPage page = anonymous.follow(anonymous.get("/admin"));
        assertThat(page.url()).startsWith(TestIssuer.get().issuerUri() + "/authorize");
        return page;
    }
}
