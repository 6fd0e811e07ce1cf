package io.policyhub.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Portal acknowledgements under an open model: {@code rate} new clients a second, whatever the latency, each
 * acknowledging a different link that nobody has acknowledged yet (so every request is a real 201 insert).
 * A warm-up ramp (its own request name, so it stays out of the measured figures) comes first.
 */
public class PortalAcknowledgementSimulation extends Simulation {

    private final int rate = Settings.number("rate", 500);
    private final Duration warmUp = Settings.seconds("warmUpSeconds", 60);
    private final Duration duration = Settings.seconds("durationSeconds", 60);
    private final PortalTokens tokens = new PortalTokens(Path.of(Settings.text("tokens", "target/tokens.csv")));

    // Connections are shared, as a reverse proxy in front of the app keeps its upstream connections alive.
    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.baseUrl())
            .shareConnections()
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .userAgentHeader("Mozilla/5.0 (policyhub load test)");

    {
        long needed = (long) (rate * (warmUp.toSeconds() / 2.0 + duration.toSeconds())) + 1;
        if (tokens.remaining() < needed) {
            throw new IllegalStateException(
                    tokens.remaining() + " unacknowledged tokens left, this run needs " + needed + ": regenerate the data");
        }
        setUp(scenario("warm-up")
                        .exec(acknowledge("warm-up acknowledgement"))
                        .injectOpen(rampUsersPerSec(10).to(rate).during(warmUp))
                        .andThen(scenario("measured")
                                .exec(acknowledge("acknowledgement"))
                                .injectOpen(constantUsersPerSec(rate).during(duration))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        tokens.recordUse();
    }

    private ChainBuilder acknowledge(String name) {
        return feed(tokens)
                .exec(http(name)
                        .post("/portal/api/#{token}/acknowledgements")
                        .body(StringBody("{\"fullName\":\"Load Test Client\",\"agreed\":true}"))
                        .check(status().is(201)));
    }
}
