package io.policyhub.e2e;

import static org.awaitility.Awaitility.await;

import io.policyhub.support.FreePorts;
import io.policyhub.support.TestMailServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * A real Keycloak, from the Maven Central distribution that the e2e profile unpacks, started in development mode
 * on loopback with the {@code policyhub} realm imported: one per test JVM. Its e-mail goes to the tests' SMTP
 * server. It stops when the JVM exits, and, because a watchdog shell stops it as soon as its standard input
 * closes, also when the JVM is killed outright.
 */
public final class KeycloakServer {

    /** One host string everywhere: Keycloak's issuer follows the host a request names. */
    public static final String HOST = "127.0.0.1";

    public static final String REALM = "policyhub";
    public static final String PROVISIONER = "policyhub-provisioner";
    public static final String ADMIN_UI = "policyhub-admin";

    /** Runs the command in the background and stops it when stdin reaches its end (the JVM closed or died). */
    private static final String WATCHDOG =
            "\"$@\" & keycloak=$!; cat > /dev/null; kill $keycloak 2>/dev/null; wait $keycloak";

    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KeycloakServer instance;

    private final Process process;
    private final int port;
    private final int managementPort;
    private final String provisionerSecret;
    private final String adminUiSecret;

    private KeycloakServer(
            Process process, int port, int managementPort, String provisionerSecret, String adminUiSecret) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.provisionerSecret = provisionerSecret;
        this.adminUiSecret = adminUiSecret;
    }

    public static synchronized KeycloakServer get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "keycloak-stop"));
        }
        return instance;
    }

    private static KeycloakServer start() {
        Path home = Path.of(required("policyhub.e2e.keycloak-home"));
        Path log = Path.of(required("policyhub.e2e.log-file"));
        freshDataWithRealm(home, Path.of(required("policyhub.e2e.realm-file")));
        int port = FreePorts.freePort();
        int managementPort = FreePorts.freePort();
        String provisionerSecret = UUID.randomUUID().toString();
        String adminUiSecret = UUID.randomUUID().toString();
        var command = new ProcessBuilder(List.of(
                        "bash",
                        "-c",
                        WATCHDOG,
                        "keycloak-watchdog",
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--import-realm",
                        "--http-host=" + HOST,
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--hostname=http://" + HOST + ":" + port,
                        "--health-enabled=true"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = command.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // Start fast on a small machine: this JVM lives for one test run.
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        // The realm file's placeholders: secrets of this run, and the tests' SMTP server for Keycloak's e-mails.
        environment.put("POLICYHUB_KEYCLOAK_ADMIN_CLIENT_SECRET", provisionerSecret);
        environment.put("POLICYHUB_ADMIN_CLIENT_SECRET", adminUiSecret);
        environment.put("POLICYHUB_SMTP_HOST", HOST);
        environment.put(
                "POLICYHUB_SMTP_PORT", String.valueOf(TestMailServer.get().port()));
        environment.put("POLICYHUB_MAIL_FROM", "keycloak@policyhub.test");
        // The admin UI's address, under which the realm allows its sign-in callbacks and post-logout redirects.
        environment.put("POLICYHUB_PUBLIC_BASE_URL", ApplicationAddress.baseUrl());
        KeycloakServer server;
        try {
            server = new KeycloakServer(command.start(), port, managementPort, provisionerSecret, adminUiSecret);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
        try {
            await().atMost(STARTUP)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> server.ready() || !server.process.isAlive());
            if (!server.ready()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException("Keycloak did not become ready; see " + log, e);
        }
        return server;
    }

    /** The unpacked distribution stays (cached in target/), its database does not: each run imports afresh. */
    private static void freshDataWithRealm(Path home, Path realmFile) {
        try {
            Path data = home.resolve("data");
            FileSystemUtils.deleteRecursively(data);
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, data.resolve("import/policyhub-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean ready() {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + managementPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closing stdin lets the watchdog stop Keycloak gracefully; whatever still runs after that is killed. */
    public synchronized void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    public boolean running() {
        return process.isAlive();
    }

    public String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String provisionerSecret() {
        return provisionerSecret;
    }

    public String adminUiSecret() {
        return adminUiSecret;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "system property " + property + " is not set: run the end-to-end suite with ./mvnw -Pe2e verify");
        }
        return value;
    }
}
