package io.policyhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.browser.Browser;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserSessionRepresentation;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A practice admin signs in to the admin pages in headless Chromium through Keycloak's own login page (the
 * authorization code flow with PKCE that Spring Security runs against the real realm), and signs out again at
 * the application and at Keycloak (OIDC RP-initiated logout).
 */
class AdminSignInThroughKeycloakIT extends KeycloakEndToEndTest {

    private static final String ALEX = "alex.morgan@aurora.example";
    private static final String ALEX_PASSWORD = "Aurora-demo-2026";

    @Test
    void aPracticeAdminSignsInOnKeycloaksLoginPageAndSigningOutEndsTheSessionAtBothEnds() {
        Set<String> sessionsBefore = keycloakSessionsOf(ALEX);
        try (Browser browser = Browser.start()) {
            browser.open(ApplicationAddress.baseUrl() + "/admin");
            assertOnKeycloaksLoginPage(browser);
            String authorizationRequest = browser.driver().getCurrentUrl();
            assertThat(authorizationRequest)
                    .startsWith(keycloak().issuer() + "/protocol/openid-connect/auth?")
                    .contains("client_id=" + KeycloakServer.ADMIN_UI)
                    .contains("code_challenge_method=S256");
            assertThat(KeycloakBrowser.queryParameter(authorizationRequest, "redirect_uri"))
                    .isEqualTo(ApplicationAddress.signInCallback());
            typeCredentials(browser, ALEX, ALEX_PASSWORD);

            // Back where the browser set out for (Spring Security's saved request marks it with "?continue").
            browser.waitFor()
                    .until(ExpectedConditions.urlMatches(
                            "^" + Pattern.quote(ApplicationAddress.baseUrl() + "/admin") + "(\\?continue)?$"));
            assertThat(browser.find("header .practice-name").getText()).contains("Aurora Mind and Body");
            assertThat(browser.find("header .staff-name").getText()).isEqualTo("Alex Morgan");
            assertThat(browser.find("header .role").getText()).isEqualTo("Admin");
            assertThat(browser.find("main h1").getText()).isEqualTo("Dashboard");
            assertThat(browser.find("main .lead").getText()).isEqualTo("Welcome, Alex Morgan.");
            Set<String> browserSessions = difference(keycloakSessionsOf(ALEX), sessionsBefore);
            assertThat(browserSessions).as("the browser's session at Keycloak").hasSize(1);
            Cookie applicationSession = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(dashboardWith(applicationSession).status()).isEqualTo(200);

            browser.find("header form[action$='/admin/logout'] button").click();

            browser.waitFor().until(ExpectedConditions.urlToBe(ApplicationAddress.baseUrl() + "/admin/signed-out"));
            assertThat(browser.find("main h1").getText()).isEqualTo("You are signed out");
            assertThat(keycloakSessionsOf(ALEX))
                    .as("Keycloak's sessions of " + ALEX)
                    .doesNotContainAnyElementsOf(browserSessions);
            ApiResponse afterLogout = dashboardWith(applicationSession);
            assertThat(afterLogout.status()).isEqualTo(302);
            assertThat(afterLogout.header("Location").orElseThrow()).endsWith("/admin/oauth2/authorization/policyhub");

            browser.open(ApplicationAddress.baseUrl() + "/admin");
            assertOnKeycloaksLoginPage(browser);
            assertThat(browser.find("#username").getAttribute("value")).isEmpty();
        }
    }

    @Test
    void aWrongPasswordKeepsThePersonOnKeycloaksLoginPageWithItsError() {
        try (Browser browser = Browser.start()) {
            browser.open(ApplicationAddress.baseUrl() + "/admin");
            assertOnKeycloaksLoginPage(browser);
            typeCredentials(browser, ALEX, "Aurora-demo-2025");

            assertThat(browser.find("#input-error-password").getText()).isEqualTo("Invalid username or password.");
            assertOnKeycloaksLoginPage(browser);
            assertThat(browser.driver().findElements(By.cssSelector("#password")))
                    .hasSize(1);
            assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(ApplicationAddress.baseUrl());
            browser.open(ApplicationAddress.baseUrl() + "/admin");
            assertOnKeycloaksLoginPage(browser);
        }
    }

    /** Keycloak's page, served by Keycloak for the policyhub realm, not a look-alike served by the application. */
    private static void assertOnKeycloaksLoginPage(Browser browser) {
        browser.waitFor().until(ExpectedConditions.urlContains(keycloak().issuer() + "/"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(keycloak().issuer() + "/");
        assertThat(browser.driver().getTitle()).isEqualTo("Sign in to Policyhub");
        assertThat(browser.find("form#kc-form-login").getAttribute("action"))
                .startsWith(keycloak().issuer() + "/");
    }

    /** Organizations make Keycloak's login identity-first: the username on one page, the password on the next. */
    private static void typeCredentials(Browser browser, String username, String password) {
        browser.find("#username").sendKeys(username);
        browser.find("#kc-login").click();
        browser.find("#password").sendKeys(password);
        browser.find("#kc-login").click();
    }

    private static ApiResponse dashboardWith(Cookie session) {
        return Api.anonymous(ApplicationAddress.baseUrl())
                .withHeader("Cookie", session.getName() + "=" + session.getValue())
                .get("/admin");
    }

    private static Set<String> keycloakSessionsOf(String username) {
        UserResource user = realm().users()
                .get(realm().users().searchByUsername(username, true).getFirst().getId());
        List<UserSessionRepresentation> sessions = user.getUserSessions();
        return sessions.stream().map(UserSessionRepresentation::getId).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> difference(Set<String> all, Set<String> removed) {
        return all.stream().filter(id -> !removed.contains(id)).collect(Collectors.toUnmodifiableSet());
    }
}
