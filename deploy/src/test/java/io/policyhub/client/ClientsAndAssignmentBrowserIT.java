package io.policyhub.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.TestPractice;
import io.policyhub.support.browser.Accessibility;
import io.policyhub.support.browser.BrowserIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A practice admin's day with clients in a real browser (htmx and our scripts under the real CSP): import clients
 * from a CSV file with a bad row, choose to import the valid ones, assign them a policy, resend and revoke links,
 * record an agreement given in person, find its receipt on the evidence page, erase a client; axe-core checks every
 * page on the way.
 */
class ClientsAndAssignmentBrowserIT extends BrowserIntegrationTest {

    @Test
    void anAdminImportsClientsAssignsThemAPolicyAndFollowsThemUp() throws IOException {
        TestPractice aurora = newPractice("Aurora Mind and Body");
        String policy = aurora.createPolicy("Social media policy", "# Social media\n\nWe do not follow clients.");
        aurora.publish(policy, "First version", "MAJOR");
        Path file = Files.createTempFile("clients-", ".csv");
        Files.writeString(
                file,
                "displayName,email,externalRef\r\n"
                        + "Ada Lovelace,ada@example.com,PMS-1\r\n"
                        + "Bad Row,not-an-address,PMS-2\r\n"
                        + "Grace Hopper,grace@example.com,PMS-3\r\n"
                        + "Alan Turing,alan@example.com,PMS-4\r\n",
                StandardCharsets.UTF_8);
        signIn(aurora.alias() + "-admin");

        browser.find("nav.main-nav a[href='/admin/clients']").click();
        browser.find("a[href='/admin/clients/import']").click();
        browser.find("input[type=file]").sendKeys(file.toAbsolutePath().toString());
        browser.find("form[enctype] button[type=submit]").click();

        assertThat(browser.find("#import-summary").getText())
                .isEqualTo("4 clients in the file: 3 ready to import, 1 row with problems.");
        assertThat(browser.find("table.import-problems tbody").getText())
                .contains("3", "Bad Row", "E-mail address must be an e-mail address like name@example.com.");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the import report");
        browser.find("#import-valid-rows").click();

        assertThat(browser.find(".notice-success").getText())
                .isEqualTo("3 clients were imported; 1 row with problems was left out.");
        assertThat(texts("table.clients tbody td:first-child"))
                .containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the clients list");
        screenshot("clients");

        browser.find("nav.main-nav a[href='/admin/assignments']").click();
        browser.find(".choices a").click();
        browser.find("#select-all").click();
        assertThat(browser.driver().findElements(By.cssSelector("input[name=clientId]")))
                .hasSize(3)
                .allSatisfy(box -> assertThat(box.isSelected()).isTrue());
        Accessibility.assertNoSeriousViolations(browser.driver(), "the assign page");
        browser.find("#assign-selected").click();

        assertThat(browser.find(".notice-success").getText())
                .isEqualTo("3 clients assigned; they are e-mailed their link.");
        assertThat(status("Ada Lovelace")).startsWith("Outstanding");

        row("Ada Lovelace")
                .findElement(By.xpath(".//button[text()='Resend link']"))
                .click();
        assertThat(browser.find(".notice-success").getText()).isEqualTo("A fresh link is on its way to Ada Lovelace.");

        row("Alan Turing")
                .findElement(By.xpath(".//button[text()='Revoke link']"))
                .click();
        assertThat(browser.find(".notice-success").getText()).contains("Alan Turing's links no longer work");
        assertThat(status("Alan Turing")).isEqualTo("Not assigned");

        row("Grace Hopper").findElement(By.linkText("Agreed in person")).click();
        assertThat(browser.find("#fullName").getAttribute("value")).isEqualTo("Grace Hopper");
        browser.find("#confirmed").click();
        browser.find("main form button[type=submit]").click();
        assertThat(browser.find(".notice-success").getText())
                .isEqualTo("Grace Hopper's agreement to version 1 was recorded.");
        assertThat(status("Grace Hopper")).isEqualTo("Agreed agreed to version 1");

        browser.find("nav.main-nav a[href='/admin/evidence']").click();
        browser.find(".policies a").click();
        assertThat(browser.find("#policy-bundle").getAttribute("href")).endsWith("/evidence.zip");
        assertThat(browser.driver().findElements(By.cssSelector("table.evidence .receipt-links a")))
                .extracting(link -> link.getAttribute("href"))
                .hasSize(2)
                .allSatisfy(href -> assertThat(href).containsPattern("/receipt\\.(pdf|jws)$"));
        Accessibility.assertNoSeriousViolations(browser.driver(), "a policy's evidence");

        browser.find("nav.main-nav a[href='/admin/audit']").click();
        Accessibility.assertNoSeriousViolations(browser.driver(), "the audit log");
        browser.find("#verify-chain").click();
        assertThat(browser.find(".verification-valid h2").getText()).isEqualTo("The audit log is intact");

        browser.find("nav.main-nav a[href='/admin/settings']").click();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Aurora Mind and Body");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the settings");
        browser.find("#logo").sendKeys(logo().toAbsolutePath().toString());
        browser.find("#upload-logo").click();
        assertThat(browser.find(".notice-success").getText()).startsWith("The new logo was saved");
        assertThat(browser.find("img.logo-preview").getAttribute("naturalWidth"))
                .as("the logo loads under the page's Content-Security-Policy")
                .isEqualTo("120");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the settings with a logo");
    }

    @Test
    void anAdminErasesAClientAfterConfirming() {
        TestPractice aurora = newPractice("Aurora Mind and Body");
        String ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        aurora.addClient("Grace Hopper", "grace@example.com");
        signIn(aurora.alias() + "-admin");

        open("/admin/clients/" + ada);
        browser.find("a[href$='/erase']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Erase Ada Lovelace's personal data?");
        browser.find("form button.button-warning").click();
        assertThat(browser.find(".error-summary").getText()).contains("Tick the box");

        browser.find("#confirmed").click();
        browser.find("form button.button-warning").click();

        assertThat(browser.find(".notice-success").getText())
                .isEqualTo("Ada Lovelace's personal data was erased. Their acknowledgements stay as evidence.");
        assertThat(texts("table.clients tbody td:first-child")).containsExactly("Grace Hopper");
    }

    private static Path logo() throws IOException {
        var image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempFile("logo-", ".png");
        assertThat(ImageIO.write(image, "png", file.toFile())).isTrue();
        return file;
    }

    private static List<String> texts(String css) {
        browser.find(css);
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static WebElement row(String client) {
        return browser.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table[contains(@class,'assignments')]//tr[.//a[text()='" + client + "']]")));
    }

    private static String status(String client) {
        return row(client)
                .findElement(By.xpath("./td[.//span[contains(@class,'progress')]]"))
                .getText();
    }
}
