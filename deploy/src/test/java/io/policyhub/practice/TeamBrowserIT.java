package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import io.policyhub.support.browser.Accessibility;
import io.policyhub.support.browser.BrowserIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A practice admin looks after the team in a real browser, under the real Content-Security-Policy: the list with a
 * pending invitation, a new role chosen in the row's select, a removal confirmed on its own page, and each answer
 * shown back in the team's section, the last admin's step down refused there; axe-core checks the pages on the
 * way.
 */
class TeamBrowserIT extends BrowserIntegrationTest {

    @Test
    void anAdminChangesAColleaguesRoleAndRemovesThemAfterConfirming() {
        TestMailServer.get().start();
        TestPractice aurora = newPractice("Aurora Mind and Body");
        String jo = "jo@" + aurora.alias() + ".example";
        ApiResponse invited = aurora.admin()
                .post(
                        aurora.path("/members"),
                        Map.of("email", jo, "role", "practice-editor", "firstName", "Jo", "lastName", "Park"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        signIn(aurora.alias() + "-admin");

        open("/admin/settings");
        assertThat(row("Jo Park").findElement(By.cssSelector(".status-pending")).getText())
                .isEqualTo("Invitation not accepted yet");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the settings with the team");
        new Select(row("Jo Park").findElement(By.cssSelector("select[name=role]"))).selectByVisibleText("Viewer");
        row("Jo Park").findElement(By.xpath(".//button[text()='Change role']")).click();

        assertThat(browser.find(".notice-success").getText())
                .isEqualTo(
                        "Jo Park is now a viewer. If they are signed in, their next page asks them to sign in again, and they continue with the new role.");
        assertThat(browser.driver().getCurrentUrl()).as("back at the team").endsWith("/admin/settings#team");
        assertThat(row("Jo Park").findElement(By.cssSelector(".member-role")).getText())
                .isEqualTo("Viewer");

        row("Jo Park").findElement(By.cssSelector("a.remove-member")).click();
        assertThat(browser.find("h1").getText()).isEqualTo("Remove Jo Park from the practice?");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the removal's confirmation");
        browser.find("#confirm-removal").click();

        assertThat(browser.find(".notice-success").getText()).startsWith("Jo Park was removed from the practice.");
        assertThat(names()).doesNotContain("Jo Park").contains(aurora.alias() + "-admin");

        String self = aurora.alias() + "-admin";
        new Select(row(self).findElement(By.cssSelector("select[name=role]"))).selectByVisibleText("Viewer");
        row(self).findElement(By.xpath(".//button[text()='Change role']")).click();

        assertThat(browser.find("#team-error p").getText())
                .startsWith(self + " cannot lose the admin role: the practice would have no admin");
        assertThat(row(self).findElement(By.cssSelector(".member-role")).getText())
                .isEqualTo("Admin");
        Accessibility.assertNoSeriousViolations(browser.driver(), "the team's refusal");
    }

    private WebElement row(String name) {
        return browser.find("table.team").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".member-name"))
                        .getText()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the team"));
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("table.team .member-name")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
