package io.policyhub.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through its chromedriver: the system's own (Debian's {@code chromium} and
 * {@code chromium-driver}, or {@code POLICYHUB_CHROMIUM} / {@code POLICYHUB_CHROMEDRIVER}); nothing downloads a
 * browser. Without them the browser tests fail, they never skip. Each browser has a fresh profile of its own.
 */
public final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        Path chromium = executable("POLICYHUB_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = executable("POLICYHUB_CHROMEDRIVER", "/usr/bin/chromedriver");
        try {
            Path profile = Files.createTempDirectory("policyhub-chromium-");
            var options = new ChromeOptions()
                    .setBinary(chromium.toFile())
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--window-size=1280,1000",
                            "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need " + path + " (set " + variable
                    + ", or install Debian's chromium and chromium-driver, as .ci/run does).");
        }
        return path;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebDriverWait waitFor() {
        return new WebDriverWait(driver, PATIENCE);
    }

    /** Waits until the browser shows a page whose address contains {@code fragment}. */
    public void waitForUrl(String fragment) {
        waitFor().until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * Signs in to the admin pages at {@code baseUrl} as the staff identity {@code username}, on the development
     * issuer's sign-in page, and waits until the admin pages show again.
     */
    public void signIn(String baseUrl, String username) {
        driver.manage().deleteAllCookies();
        open(baseUrl + "/admin");
        find("form[data-username='" + username + "'] button").click();
        waitFor().until(ExpectedConditions.urlContains(baseUrl + "/admin"));
        find("header .staff-name");
    }

    /** Saves what the browser shows now as a PNG file, creating its directory. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it up eventually
        }
    }
}
