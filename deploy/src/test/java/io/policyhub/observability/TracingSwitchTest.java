package io.policyhub.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Tracing is configured by the environment alone: with an OTLP endpoint, spans reach a (fake, loopback) collector;
 * without one nothing is recorded and nothing is sent. (Spring Boot maps the standard {@code OTEL_*} variables onto
 * the property set here, reading the process environment, which a test cannot change.)
 */
class TracingSwitchTest {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer collector;

    @BeforeEach
    void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/", exchange -> {
            received.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stopCollector() {
        collector.stop(0);
    }

    @Test
    void withAnOtlpEndpointInTheEnvironmentSpansAreExportedThere() {
        String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces";
        try (var context = start(Map.of(
                "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                endpoint,
                "MANAGEMENT_TRACING_SAMPLING_PROBABILITY",
                "1.0"))) {
            Tracer tracer = context.getBean(Tracer.class);
            Span span = tracer.nextSpan().name("publish policy").start();
            span.end();
            assertThat(context.getBeansOfType(SpanProcessor.class)).isNotEmpty();
            assertThat(context.getBeansOfType(SpanExporter.class)).isNotEmpty();
        }
        // Closing the context flushes the batch; the collector has it by then or soon after.
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("POST /v1/traces"));
    }

    @Test
    void withoutAnEndpointNoSpanIsRecordedOrSent() {
        try (var context = start(Map.of())) {
            // Boot keeps a disabled SDK for propagation only: no processor records spans, no exporter sends them.
            assertThat(context.getBeansOfType(SpanProcessor.class)).isEmpty();
            assertThat(context.getBeansOfType(SdkTracerProvider.class)).isEmpty();
            assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
        }
        assertThat(received).isEmpty();
    }

    private static ConfigurableApplicationContext start(Map<String, Object> environmentVariables) {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        return new SpringApplicationBuilder(TracingOnly.class)
                .web(WebApplicationType.NONE)
                .environment(environment)
                .profiles("test")
                .run();
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        ObservationAutoConfiguration.class,
        OpenTelemetrySdkAutoConfiguration.class,
        OpenTelemetryTracingAutoConfiguration.class,
        OtlpTracingAutoConfiguration.class,
        MicrometerTracingAutoConfiguration.class,
        NoopTracerAutoConfiguration.class
    })
    static class TracingOnly {}
}
