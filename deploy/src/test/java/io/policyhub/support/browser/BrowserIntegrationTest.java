package io.policyhub.support.browser;

import io.policyhub.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Base of the real-browser tests ({@code *BrowserIT}, run by {@code ./mvnw -Pbrowser verify}): the whole
 * application as {@link IntegrationTest} starts it, plus one headless Chromium per test class.
 */
public abstract class BrowserIntegrationTest extends IntegrationTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Signs the browser in to the admin pages as {@code username}. */
    protected void signIn(String username) {
        browser.signIn(baseUrl(), username);
    }

    protected void open(String path) {
        browser.open(baseUrl() + path);
    }

    /**
     * Saves a screenshot under the directory the {@code browser} profile names (web-admin/docs/screenshots, where
     * the README links them), or under target/ when run otherwise.
     */
    protected Path screenshot(String name) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        String directory = System.getProperty("policyhub.screenshots", "target/screenshots");
        return browser.screenshot(Path.of(directory, name + ".png"));
    }
}
