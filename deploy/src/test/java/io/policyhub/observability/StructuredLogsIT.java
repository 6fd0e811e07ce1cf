package io.policyhub.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production log format (ECS JSON, as set for the production profile), captured from real requests: every
 * line carries the request's id and practice, and no client's name, e-mail address or portal token appears.
 */
class StructuredLogsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private OutputStreamAppender<ILoggingEvent> appender;

    @BeforeEach
    void captureProductionFormat() {
        var logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        var encoder = new StructuredLogEncoder();
        encoder.setContext(logging);
        encoder.setFormat("ecs");
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(logging);
        appender.setEncoder(encoder);
        appender.setOutputStream(captured);
        appender.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    @AfterEach
    void stopCapturing() {
        var logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }

    @Test
    void everyRequestLogsItsRequestIdAndPracticeButNeverTheClientsPersonalData() {
        TestPractice practice = newPractice("Logged Wellbeing");
        String policy = practice.createPolicy("Social media", "# Social media\n\nWe do not follow clients.");
        practice.publish(policy, "First", "MAJOR");
        String name = "Ada Lovelace-" + UUID.randomUUID().toString().substring(0, 6);
        String email = practice.alias() + ".ada.private@example.com";
        String requestId = "it-" + UUID.randomUUID();

        ApiResponse created = practice.admin()
                .withHeader("X-Request-Id", requestId)
                .post(practice.path("/clients"), Map.of("displayName", name, "email", email));
        String token = practice.assign(policy, List.of(created.text("id"))).get(0);
        ApiResponse acknowledged = practice.acknowledgeInPortal(token, name);
        ApiResponse refused = practice.admin()
                .post(practice.path("/clients"), Map.of("displayName", name, "email", "not an address " + email));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).contains(requestId);
        assertThat(acknowledged.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(422);
        JsonNode line = awaitLine(requestId);
        assertThat(line.path("practiceId").asString()).isEqualTo(practice.id());
        assertThat(line.path("message").asString())
                .startsWith("POST /api/v1/practices/{practiceId}/clients -> 201 in ");
        String acknowledgementLog = awaitLine(
                        acknowledged.header("X-Request-Id").orElseThrow())
                .path("message")
                .asString();
        assertThat(acknowledgementLog).startsWith("POST /portal/api/{token}/acknowledgements -> 201");
        awaitLine(refused.header("X-Request-Id").orElseThrow());
        assertThat(applicationOutput()).doesNotContain(name, email, token);
    }

    @Test
    void aRequestIdThatCouldForgeLogLinesIsReplaced() {
        ApiResponse response =
                anonymous().withHeader("X-Request-Id", "x\" forged=\"yes").get("/readyz");

        assertThat(response.header("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
    }

    /** The request log line of the request with this id, once it has been written. */
    private JsonNode awaitLine(String requestId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> requestLogLine(requestId), line -> line != null);
    }

    private JsonNode requestLogLine(String requestId) {
        return output().lines()
                .map(StructuredLogsIT::parse)
                .filter(json -> requestId.equals(json.path("requestId").asString()))
                .filter(json -> logger(json).equals(RequestLog.class.getName()))
                .findFirst()
                .orElse(null);
    }

    /** What the application logged, without the test's own SMTP server (GreenMail), which logs recipients. */
    private String applicationOutput() {
        return output().lines()
                .filter(line -> !logger(parse(line)).startsWith("com.icegreen."))
                .collect(Collectors.joining("\n"));
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String logger(JsonNode line) {
        return line.path("log").path("logger").asString();
    }

    private static JsonNode parse(String line) {
        return JSON.readTree(line);
    }
}
