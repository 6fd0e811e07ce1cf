package io.policyhub.admin;

import static io.policyhub.template.LibraryTemplates.AURORA;
import static io.policyhub.template.LibraryTemplates.SOCIAL_MEDIA;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import io.policyhub.support.browser.Accessibility;
import io.policyhub.support.browser.BrowserIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin pages in headless Chromium, in one continuous day of the Aurora admin: signs in, writes the social
 * media policy from the model template with Aurora's answers, edits it with live preview and autosave, publishes
 * it, imports clients from CSV and assigns it to them; a client follows the e-mailed link in the same browser and
 * agrees; the dashboard shows the agreement until a MAJOR version makes everyone outstanding again; roles and isolation hold in
 * the browser too; axe-core finds no serious violation on the main pages. Saves the README's screenshots.
 */
class PolicyAuthoringBrowserIT extends BrowserIntegrationTest {

    @Test
    void theAuroraAdminWritesPublishesAssignsAndSeesAClientsAgreementUntilAMajorVersion() throws IOException {
        TestMailServer.get().start();
        TestPractice aurora = newPractice("Aurora Mind and Body");
        signIn(aurora.alias() + "-admin");

        browser.find("nav a[href='/admin/policies']").click();
        browser.find("a[href='/admin/policies/new']");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the policy list");
        browser.find("a[href='/admin/policies/new']").click();
        browser.find("a[href='/admin/policies/new/" + SOCIAL_MEDIA + "']").click();

        answer(AURORA);
        browser.find("#preview-policy").click();
        assertThat(browser.find("article.policy-text").getText())
                .contains("the National Society of Talking Therapies (NSTT)")
                .contains("the fitness side of Aurora Mind and Body Ltd");
        browser.find("#create-draft").click();

        browser.waitForUrl("/admin/policies/");
        WebElement text = browser.find("#content");
        assertThat(text.getAttribute("value")).contains("National Society of Talking Therapies");
        text.sendKeys("\n\n## Reviewing this policy\n\nWe review this policy **every year**.\n");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Reviewing this policy"));
        assertThat(browser.find("#preview").findElements(By.tagName("strong")))
                .extracting(WebElement::getText)
                .contains("every year");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Saved at"));
        assertThat(browser.driver().findElement(By.id("revision")).getAttribute("value"))
                .isNotEqualTo("1");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the editor");
        screenshot("editor");

        browser.find("a[href$='/publish']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Publish version 1 of Social media policy");
        assertThat(browser.find("article.policy-text").getText()).contains("We review this policy every year.");
        browser.find("#publish").click();
        assertThat(browser.find(".notice-success").getText()).contains("Version 1 is published");
        String policy = browser.driver().getCurrentUrl().replaceAll(".*/admin/policies/", "");
        assertThat(aurora.admin()
                        .get(aurora.path("/policies/" + policy + "/versions/1"))
                        .text("content"))
                .contains("We review this policy **every year**.");

        browser.find("nav.main-nav a[href='/admin/clients']").click();
        browser.find("a[href='/admin/clients/import']").click();
        browser.find("input[type=file]").sendKeys(clientsFile(aurora).toString());
        browser.find("form[enctype] button[type=submit]").click();
        assertThat(browser.find("#import-summary").getText()).isEqualTo("3 clients in the file: 3 ready to import.");
        browser.find("#import-all").click();
        assertThat(browser.find(".notice-success").getText()).isEqualTo("3 clients were imported.");

        open("/admin/assignments/" + policy);
        browser.find("#select-all").click();
        browser.find("#assign-selected").click();
        assertThat(browser.find(".notice-success").getText())
                .isEqualTo("3 clients assigned; they are e-mailed their link.");

        open(TestMailServer.portalLinkPathIn(
                TestMailServer.get().awaitFirstMailTo(aurora.alias() + ".ada@example.com")));
        assertThat(browser.find("main h1").getText()).contains("Social media policy");
        browser.find("#fullName").sendKeys("Ada Lovelace");
        browser.find("#agreed").click();
        browser.find("form.agreement button[type=submit]").click();
        browser.waitForUrl("/confirmation");
        assertThat(browser.find("main h1").getText()).isEqualTo("Thank you");

        open("/admin");
        assertThat(browser.find(".compliance-summary").getText())
                .isEqualTo("1 of 3 acknowledged, 2 outstanding, 0 overdue");
        assertThat(browser.find(".activity").getText())
                .contains("published version 1 of “Social media policy”")
                .contains("A client agreed to version 1 of “Social media policy”");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the dashboard");
        screenshot("dashboard");

        open("/admin/policies/" + policy);
        browser.find("#content").sendKeys("\nWe never search for clients online.\n");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Saved at"));
        browser.find("a[href$='/publish']").click();
        browser.find("#changeSummary").sendKeys("We now also say that we never search for clients online.");
        browser.find("#kind-MAJOR").click();
        browser.find("#publish").click();
        assertThat(browser.find(".notice-success").getText()).contains("Version 2 is published");
        browser.find("nav a[href='/admin']").click();
        assertThat(browser.find(".compliance-summary").getText())
                .as("a MAJOR version asks everyone, Ada included, to agree again")
                .isEqualTo("0 of 3 acknowledged, 3 outstanding, 0 overdue");
    }

    @Test
    void aViewerCannotPublishInTheBrowserEitherAndAnotherPracticesPolicyIsNotFound() {
        TestPractice aurora = newPractice("Aurora Mind and Body");
        TestPractice northside = newPractice("Northside Counselling");
        String policy = aurora.createPolicy("Fees", "# Fees\n\nSessions cost £60.\n");
        String theirs = northside.createPolicy("Northside fees", "# Fees\n");
        signIn(aurora.alias() + "-viewer");

        open("/admin/policies/" + policy);
        assertThat(browser.find("h1").getText()).isEqualTo("Fees");
        assertThat(browser.driver().findElements(By.cssSelector("a[href$='/publish']")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.id("editor-form"))).isEmpty();
        open("/admin/policies/" + policy + "/publish");
        assertThat(browser.find("h1").getText()).isEqualTo("Your role does not allow this");

        open("/admin/policies/" + theirs);
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Northside fees");
        assertThat(aurora.admin().get(aurora.path("/policies/" + policy)).text("status"))
                .isEqualTo("DRAFT");
    }

    private static Path clientsFile(TestPractice practice) throws IOException {
        Path file = Files.createTempFile("clients-", ".csv");
        String domain = practice.alias() + ".";
        return Files.writeString(
                file,
                "displayName,email,externalRef\r\n"
                        + "Ada Lovelace," + domain + "ada@example.com,PMS-1\r\n"
                        + "Grace Hopper," + domain + "grace@example.com,PMS-2\r\n"
                        + "Mary Somerville," + domain + "mary@example.com,PMS-3\r\n",
                StandardCharsets.UTF_8);
    }

    /** Fills the form generated from the template's variables, whatever kind of input each question has. */
    private void answer(Map<String, Object> answers) {
        answers.forEach((name, value) -> {
            switch (value) {
                case Boolean ticked -> setTicked(browser.find("#var-" + name), ticked);
                case List<?> chosen ->
                    browser.driver()
                            .findElements(By.name("var." + name))
                            .forEach(box -> setTicked(box, chosen.contains(box.getAttribute("value"))));
                default -> {
                    List<WebElement> radios =
                            browser.driver().findElements(By.cssSelector("input[type=radio][name='var." + name + "']"));
                    if (radios.isEmpty()) {
                        WebElement field = browser.find("#var-" + name);
                        field.clear();
                        field.sendKeys(String.valueOf(value));
                    } else {
                        radios.stream()
                                .filter(radio -> value.equals(radio.getAttribute("value")))
                                .findFirst()
                                .orElseThrow()
                                .click();
                    }
                }
            }
        });
        WebElement title = browser.find("#policy-title");
        title.clear();
        title.sendKeys("Social media policy");
    }

    private static void setTicked(WebElement box, boolean ticked) {
        if (box.isSelected() != ticked) {
            box.click();
        }
    }
}
