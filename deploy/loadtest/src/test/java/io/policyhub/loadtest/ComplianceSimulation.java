package io.policyhub.loadtest;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Staff reading the compliance of the big practice's privacy notice (10,000 assigned clients, half of them
 * outstanding after a MAJOR version) at a steady open-model rate, after a warm-up under its own request name.
 */
public class ComplianceSimulation extends Simulation {

    private final int rate = Settings.number("rate", 10);
    private final Duration warmUp = Settings.seconds("warmUpSeconds", 30);
    private final Duration duration = Settings.seconds("durationSeconds", 60);
    private final String path = "/api/v1/practices/" + DataSet.BIG_PRACTICE + "/policies/" + DataSet.policyOf(1, 2)
            + "/compliance";

    private final HttpProtocolBuilder protocol = http.baseUrl(Settings.baseUrl())
            .shareConnections()
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + DevelopmentIssuer.accessToken());

    {
        setUp(read("warm-up", "warm-up compliance")
                        .injectOpen(constantUsersPerSec(rate).during(warmUp))
                        .andThen(read("measured", "compliance").injectOpen(constantUsersPerSec(rate).during(duration))))
                .protocols(protocol);
    }

    private ScenarioBuilder read(String scenario, String request) {
        return scenario(scenario)
                .exec(http(request)
                        .get(path)
                        .check(status().is(200))
                        .check(jsonPath("$.assigned").ofLong().is(10_000L)));
    }
}
