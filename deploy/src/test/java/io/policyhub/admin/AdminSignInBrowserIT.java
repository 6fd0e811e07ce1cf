package io.policyhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.TestPractice;
import io.policyhub.support.browser.Accessibility;
import io.policyhub.support.browser.BrowserIntegrationTest;
import org.junit.jupiter.api.Test;

/** Signing in and out of the admin pages in a real browser, which runs htmx under the real CSP. */
class AdminSignInBrowserIT extends BrowserIntegrationTest {

    @Test
    void aPracticeAdminSignsInSeesTheirPracticeAndSignsOut() {
        TestPractice aurora = newPractice("Aurora Mind and Body");

        signIn(aurora.alias() + "-admin");

        assertThat(browser.find(".practice-name").getText()).contains("Aurora Mind and Body");
        assertThat(browser.find(".role").getText()).isEqualTo("Admin");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the dashboard");

        browser.find("header form button").click();
        browser.waitForUrl("/admin/signed-out");
        assertThat(browser.find("h1").getText()).isEqualTo("You are signed out");
    }
}
