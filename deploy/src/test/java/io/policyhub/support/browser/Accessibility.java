package io.policyhub.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a page with axe-core (the script Deque ships in its Maven Central artifact), injected into the page as
 * it is: the test fails on every serious or critical violation, naming the rule and the elements.
 */
public final class Accessibility {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done(JSON.stringify(results.violations)))
                .catch(error => done(JSON.stringify({error: String(error)})));
            """;

    private Accessibility() {}

    /** Fails if axe-core finds a serious or critical violation on the page the browser shows now. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        var script = (JavascriptExecutor) driver;
        script.executeScript(AXE);
        String answer = String.valueOf(script.executeAsyncScript(RUN));
        JsonNode violations = JSON.readTree(answer);
        assertThat(violations.isArray())
                .as("axe-core ran on " + page + ": " + answer)
                .isTrue();
        List<String> serious = StreamSupport.stream(violations.spliterator(), false)
                .filter(violation ->
                        FAILING_IMPACTS.contains(violation.path("impact").asString("")))
                .map(Accessibility::describe)
                .toList();
        assertThat(serious).as("serious accessibility violations on " + page).isEmpty();
    }

    private static String describe(JsonNode violation) {
        List<String> targets = StreamSupport.stream(violation.path("nodes").spliterator(), false)
                .map(node -> node.path("target").toString())
                .toList();
        return violation.path("impact").asString("") + " "
                + violation.path("id").asString("") + ": "
                + violation.path("help").asString("") + " at " + targets;
    }

    private static String load() {
        try (InputStream axe = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium ships it");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
