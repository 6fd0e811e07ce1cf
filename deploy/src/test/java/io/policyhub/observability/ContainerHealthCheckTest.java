package io.policyhub.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The container health check against a real (loopback) HTTP server that answers what a probe would. */
class ContainerHealthCheckTest {

    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/readyz", exchange -> {
            byte[] body = (status.get() == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}").getBytes();
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aReadyApplicationIsHealthy() {
        assertThat(ContainerHealthCheck.healthy(readyz(), Duration.ofSeconds(2)))
                .isTrue();
    }

    @Test
    void anApplicationThatIsNotReadyIsUnhealthy() {
        status.set(503);

        assertThat(ContainerHealthCheck.healthy(readyz(), Duration.ofSeconds(2)))
                .isFalse();
    }

    @Test
    void nothingListeningIsUnhealthy() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThat(ContainerHealthCheck.healthy(
                        URI.create("http://127.0.0.1:" + closedPort + "/readyz"), Duration.ofSeconds(2)))
                .isFalse();
    }

    private URI readyz() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/readyz");
    }
}
