package io.policyhub.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** A staff token of Aurora's integrator from the local run's development issuer (client credentials). */
final class DevelopmentIssuer {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DevelopmentIssuer() {}

    static String accessToken() {
        String endpoint = Settings.text("issuer", "http://localhost:19000/policyhub") + "/token";
        String form = "grant_type=client_credentials&client_id=aurora-integrator&client_secret=aurora-secret";
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(endpoint))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("no token from " + endpoint + ": " + response.statusCode());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the development issuer at " + endpoint + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + endpoint + " for a token", e);
        }
    }
}
