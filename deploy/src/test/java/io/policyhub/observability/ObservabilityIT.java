package io.policyhub.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;

/** What operators see: probes, Prometheus business counters on the management port, and no tracing by default. */
class ObservabilityIT extends IntegrationTest {

    private static final String PUBLISHED = "policyhub_policies_published_total";
    private static final String ACKNOWLEDGED = "policyhub_acknowledgements_recorded_total";
    private static final String SENT = "policyhub_emails_sent_total";
    private static final String FAILED = "policyhub_emails_failed_total";

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private ApplicationContext context;

    @AfterEach
    void smtpBackUp() {
        TestMailServer.get().start();
    }

    @Test
    void publishingAcknowledgingAndEmailingRaiseTheBusinessCounters() {
        TestPractice practice = newPractice("Counted Counselling");
        String policy = practice.createPolicy("Cancellations", "# Cancellations\n\nGive us a day's notice.");
        String address = practice.alias() + ".grace@example.com";
        String client = practice.addClient("Grace Hopper", address);
        PrometheusScrape before = scrape();

        practice.publish(policy, "First", "MAJOR");
        practice.publish(policy, "Typo", "MINOR");
        String token = practice.assign(policy, List.of(client)).get(0);
        assertThat(practice.acknowledgeInPortal(token, "Grace Hopper").status()).isEqualTo(201);
        // A double submit finds the stored acknowledgement: evidence, and the counter, only once.
        assertThat(practice.acknowledgeInPortal(token, "Grace Hopper").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TestMailServer.get().receivedBy(address).isEmpty());

        PrometheusScrape after = scrape();
        assertThat(after.value(PUBLISHED, "change_kind=\"major\"") - before.value(PUBLISHED, "change_kind=\"major\""))
                .isEqualTo(1);
        assertThat(after.value(PUBLISHED, "change_kind=\"minor\"") - before.value(PUBLISHED, "change_kind=\"minor\""))
                .isEqualTo(1);
        assertThat(after.value(ACKNOWLEDGED, "method=\"portal\"") - before.value(ACKNOWLEDGED, "method=\"portal\""))
                .isEqualTo(1);
        assertThat(after.value(SENT) - before.value(SENT)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aDeliveryTheMailServerCannotTakeIsCountedAsFailed() {
        TestPractice practice = newPractice("Outage Osteopathy");
        String policy = practice.createPolicy("Privacy", "# Privacy\n\nWe keep notes safe.");
        practice.publish(policy, "First", "MAJOR");
        String client = practice.addClient("Alan Turing", practice.alias() + ".alan@example.com");
        double failedBefore = scrape().value(FAILED);

        TestMailServer.get().stop();
        practice.assign(policy, List.of(client));

        await().atMost(Duration.ofSeconds(20)).until(() -> scrape().value(FAILED) > failedBefore);
    }

    @Test
    void prometheusIsServedOnTheManagementPortOnlyAndProbesOnTheMainPort() {
        ApiResponse scrape = management().get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(scrape.raw()).contains(PUBLISHED, ACKNOWLEDGED, SENT, FAILED);

        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(anonymous().get("/livez").text("status")).isEqualTo("UP");
        assertThat(anonymous().get("/readyz").text("status")).isEqualTo("UP");
        ApiResponse health = management().get("/actuator/health");
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.json().has("components"))
                .as("no details for anonymous callers")
                .isFalse();
        assertThat(management().get("/actuator/env").status()).isEqualTo(404);
        assertThat(management().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void requestsAreMeasuredOnceEachNotOncePerSecurityFilter() {
        assertThat(anonymous().get("/api/v1/practices").status()).isEqualTo(401);
        assertThat(anonymous().get("/livez").status()).isEqualTo(200);

        String scrape = management().get("/actuator/prometheus").raw();
        assertThat(scrape).contains("http_server_requests_seconds_count").doesNotContain("spring_security_");
    }

    @Test
    void readinessDependsOnTheDatabaseAndLivenessOnTheProcessOnly() {
        HealthEndpointGroups groups = context.getBean(HealthEndpointGroups.class);

        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void withoutATracingEndpointNothingIsTracedOrExported() {
        // Boot keeps a disabled SDK for propagation only: no processor records spans, no exporter sends them.
        assertThat(context.getBeansOfType(SpanProcessor.class)).isEmpty();
        assertThat(context.getBeansOfType(SdkTracerProvider.class)).isEmpty();
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
        // Nor does a request build unrecorded spans: the tracer is the no-op one and no observation handler traces.
        assertThat(context.getBean(io.micrometer.tracing.Tracer.class)).isSameAs(io.micrometer.tracing.Tracer.NOOP);
        assertThat(context.getBeansOfType(io.micrometer.tracing.handler.TracingObservationHandler.class))
                .isEmpty();
    }

    private Api management() {
        return Api.anonymous("http://localhost:" + managementPort);
    }

    private PrometheusScrape scrape() {
        ApiResponse response = management().get("/actuator/prometheus");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return PrometheusScrape.parse(response.raw());
    }
}
