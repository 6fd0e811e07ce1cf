package io.policyhub.observability;

import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tracing is off unless an OTLP endpoint is configured. Spring Boot turns OpenTelemetry on by default and
 * maps the standard {@code OTEL_*} environment variables; this switches the SDK and trace export off when none
 * of them names an endpoint, so tests and installations without a collector neither record nor try to send
 * spans. It also leaves out the tracing auto-configuration itself: otherwise every request still builds (unrecorded)
 * spans through the tracing observation handler, which the benchmark measured at a tenth of the application's
 * CPU per portal request. An installation's own explicit settings still win: this source comes last.
 */
class TracingSwitch implements EnvironmentPostProcessor, Ordered {

    static final String TRACES_ENDPOINT = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT";
    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    static final String BOOT_TRACES_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
    static final String TRACING_AUTO_CONFIGURATIONS = String.join(
            ",",
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean endpointConfigured = Stream.of(TRACES_ENDPOINT, ENDPOINT, BOOT_TRACES_ENDPOINT)
                .map(environment::getProperty)
                .anyMatch(value -> value != null && !value.isBlank());
        if (!endpointConfigured) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "policyhubTracingOff",
                            Map.of(
                                    "management.opentelemetry.enabled",
                                    "false",
                                    "management.tracing.export.enabled",
                                    "false",
                                    "spring.autoconfigure.exclude",
                                    TRACING_AUTO_CONFIGURATIONS)));
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot's mapping of the OTEL_* variables, so its result is seen.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
