package io.policyhub.support;

import io.policyhub.local.DevelopmentIdentity;
import io.policyhub.local.DevelopmentIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The development issuer the tests get real signed tokens from, over real HTTP. */
public final class TestIssuer {

    private static DevelopmentIssuer issuer;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestIssuer() {}

    public static synchronized DevelopmentIssuer get() {
        if (issuer == null) {
            issuer = DevelopmentIssuer.start(0, 600);
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close));
        }
        return issuer;
    }

    /** Registers a client-credentials identity and returns a fresh access token for it. */
    public static String tokenFor(String clientId, List<String> roles, List<String> organizations) {
        String secret = clientId + "-secret";
        get().register(new DevelopmentIdentity(clientId, secret, clientId, roles, organizations));
        return token(clientId, secret);
    }

    public static String token(String clientId, String secret) {
        return token(URI.create(get().tokenEndpoint()), clientId, secret);
    }

    /** A client-credentials token from any development issuer's token endpoint (e.g. a local run's). */
    public static String token(URI tokenEndpoint, String clientId, String secret) {
        try {
            String form =
                    "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
            HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "token request failed: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
