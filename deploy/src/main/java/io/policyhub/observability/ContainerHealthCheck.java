package io.policyhub.observability;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * A container health check with nothing but the JRE (the base image need not have curl or a shell):
 * {@code java -cp /app/classes io.policyhub.observability.ContainerHealthCheck [url]} exits 0 when the URL
 * (by default the readiness probe on the main port) answers 200, and 1 otherwise. Uses JDK classes only, so
 * it starts in a fraction of a second with a tiny heap; Docker and Compose can run it, Kubernetes uses HTTP probes.
 */
public final class ContainerHealthCheck {

    static final String DEFAULT_URL = "http://127.0.0.1:8080/readyz";

    private ContainerHealthCheck() {}

    public static void main(String[] args) {
        URI target = URI.create(args.length > 0 ? args[0] : DEFAULT_URL);
        System.exit(healthy(target, Duration.ofSeconds(3)) ? 0 : 1);
    }

    static boolean healthy(URI target, Duration timeout) {
        try {
            var connection = (HttpURLConnection) target.toURL().openConnection();
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            try {
                return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        }
    }
}
