package io.policyhub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import io.policyhub.support.browser.Accessibility;
import io.policyhub.support.browser.BrowserIntegrationTest;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A client's whole journey, as issue 5 describes it: the practice assigns a policy, the invitation arrives by
 * real SMTP, the client follows its link in a real browser, reads and agrees, gets a receipt that verifies, the
 * practice's compliance counts the agreement, and no reminder is due any more.
 */
class ClientJourneyBrowserIT extends BrowserIntegrationTest {

    @Test
    void aClientFollowsTheEmailedLinkAgreesAndThePracticeHasVerifiableEvidence() throws Exception {
        TestMailServer.get().start();
        TestPractice practice = newPractice("Journey Practice");
        assertThat(practice.admin()
                        .patch(practice.path(""), Map.of("brandColour", "#1D4E89"))
                        .status())
                .isEqualTo(200);
        String policy = practice.createPolicy(
                "Social media policy", "# Social media policy\n\nWe do not accept friend requests from clients.");
        practice.publish(policy, "First version", "MAJOR");
        String address = practice.alias() + ".journey@example.com";
        String client = practice.addClient("Robin Journey", address);

        practice.assign(policy, List.of(client));
        String linkPath = TestMailServer.portalLinkPathIn(TestMailServer.get().awaitFirstMailTo(address));

        open(linkPath);
        assertThat(browser.find("main h1").getText()).contains("Social media policy");
        assertThat(browser.driver().getPageSource()).contains("We do not accept friend requests from clients.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("link[href*='brand.css']"))
                        .getAttribute("href"))
                .contains(linkPath);
        Accessibility.assertNoSeriousViolations(browser.driver(), "portal policy page");
        screenshot("portal");

        browser.find("#fullName").sendKeys("Robin Journey");
        browser.find("#agreed").click();
        browser.find("form.agreement button[type=submit]").click();

        browser.waitForUrl("/confirmation");
        assertThat(browser.find("main h1").getText()).isEqualTo("Thank you");
        Accessibility.assertNoSeriousViolations(browser.driver(), "portal confirmation page");
        String receiptPath =
                URI.create(browser.find("a.receipt-jws").getAttribute("href")).getPath();
        ApiResponse receipt = anonymous().get(receiptPath);
        assertThat(receipt.status()).isEqualTo(200);

        ApiResponse verdict = practice.viewer()
                .post("/api/v1/receipts/verify", Map.of("receipt", receipt.raw().trim()));
        assertThat(verdict.text("verdict")).as(verdict.toString()).isEqualTo("GENUINE");
        assertThat(verdict.json().get("valid").asBoolean()).isTrue();

        ApiResponse compliance = practice.viewer().get(practice.path("/policies/" + policy + "/compliance"));
        assertThat(compliance.json().get("assigned").asInt()).isEqualTo(1);
        assertThat(compliance.json().get("acknowledged").asInt()).isEqualTo(1);
        assertThat(compliance.json().get("outstanding").asInt()).isZero();

        askedDaysAgo(client, 30);
        assertThat(remindersDue(client))
                .as("no reminder is due for a client who agreed")
                .isZero();
        assertThat(TestMailServer.get().receivedBy(address)).hasSize(1);
    }

    /** Moves the moment the client was asked into the past, instead of waiting for days. */
    private static void askedDaysAgo(String client, int days) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate("update assignment set asked_at = now() - interval '" + days + " days'"
                    + " where client_id = '" + client + "'");
        }
    }

    private static int remindersDue(String client) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement();
                ResultSet due = statement.executeQuery(
                        "select count(*) from due_reminder where client_id = '" + client + "'")) {
            due.next();
            return due.getInt(1);
        }
    }
}
