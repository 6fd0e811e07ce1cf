package io.policyhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.FreePorts;
import io.policyhub.support.TestIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as the packaged jar runs it: the {@code local} profile starts embedded PostgreSQL
 * and the development issuer by itself, seeds the demo practices, and serves the API to a demo integrator's
 * token. Runs in its own process on free ports (bound to 127.0.0.1), with a fresh data directory.
 */
class LocalRunIT {

    private static final Path JAR = Path.of("target", "policyhub.jar");
    private static final String AURORA = "a0a0a0a0-0000-4000-8000-000000000001";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theLocalRunStartsOnItsOwnAndServesTheDemoPracticeToADemoToken(@TempDir Path data) throws Exception {
        int appPort = FreePorts.freePort();
        int issuerPort = FreePorts.freePort();
        int postgresPort = FreePorts.freePort();
        Process app = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--spring.profiles.active=local",
                        "--server.address=127.0.0.1",
                        "--server.port=" + appPort,
                        "--policyhub.local.issuer-port=" + issuerPort,
                        "--policyhub.local.postgres-port=" + postgresPort,
                        "--policyhub.local.data-directory=" + data,
                        "--policyhub.local.postgres-settings[work_mem]=7MB"))
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> app.isAlive() ? healthy(appPort) : fail(data));

            String token = TestIssuer.token( // the README's curl
                    URI.create("http://localhost:" + issuerPort + "/policyhub/token"),
                    "aurora-integrator",
                    "aurora-secret");
            HttpResponse<String> practice = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/api/v1/practices/" + AURORA))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(practice.statusCode()).isEqualTo(200);
            assertThat(practice.body()).contains("Aurora Mind and Body");
            assertThat(serverSetting(postgresPort, "work_mem"))
                    .as("policyhub.local.postgres-settings reach the embedded server")
                    .isEqualTo("7MB");
        } finally {
            stop(app);
        }
    }

    private boolean healthy(int port) {
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean fail(Path data) throws IOException {
        throw new AssertionError("the local run stopped: " + Files.readString(data.resolve("app.log")));
    }

    /** Read as the embedded server's superuser, which the local run leaves without a password on localhost. */
    private static String serverSetting(int postgresPort, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery("show " + name)) {
            setting.next();
            return setting.getString(1);
        }
    }

    /** A graceful stop (SIGTERM) shuts the embedded PostgreSQL down with the app; forced if it hangs. */
    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
