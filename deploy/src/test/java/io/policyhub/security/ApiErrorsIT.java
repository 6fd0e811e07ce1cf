package io.policyhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets an RFC 9457 problem, and nothing is half-written. */
class ApiErrorsIT extends IntegrationTest {

    private TestPractice practice;

    @BeforeEach
    void practice() {
        practice = newPractice("Errors Practice");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        ApiResponse response = practice.admin().post(practice.path("/clients"), "{\"displayName\": ");

        assertProblem(response, 400, "malformed-request");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        ApiResponse response = practice.admin()
                .post(practice.path("/clients"), Map.of("displayName", "A", "email", "a@example.com", "emial", "typo"));

        assertProblem(response, 400, "unknown-field");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("emial");
        assertThat(practice.admin()
                        .get(practice.path("/clients"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void missingAndInvalidFieldsAreEachNamed() {
        ApiResponse response = practice.admin().post(practice.path("/clients"), Map.of("email", "not-an-address"));

        assertProblem(response, 422, "validation-failed");
        assertThat(response.json().get("errors").values())
                .extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("displayName", "email");
    }

    @Test
    void aWrongTypeNamesTheField() {
        ApiResponse response =
                practice.admin().post(practice.path("/policies"), Map.of("title", "T", "content", 42, "x", 1));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void anOversizeBodyIsRefusedWith413() {
        String huge = "x".repeat(1_100_000);
        ApiResponse response =
                practice.admin().post(practice.path("/policies"), Map.of("title", "Huge", "content", huge));

        assertProblem(response, 413, "payload-too-large");
        assertThat(practice.admin()
                        .get(practice.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void anOversizeChunkedBodyWithoutALengthIsRefusedWith413Too() throws Exception {
        byte[] huge =
                ("{\"title\":\"Huge\",\"content\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + practice.path("/policies")))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Bearer "
                                + TestIssuer.tokenFor(
                                        practice.alias() + "-chunked",
                                        List.of("practice-admin"),
                                        List.of(practice.alias())))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("payload-too-large");
        assertThat(practice.admin()
                        .get(practice.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void aDuplicateExternalReferenceConflicts() {
        Map<String, Object> client = Map.of("displayName", "A", "email", "a@example.com", "externalRef", "PMS-1");
        assertThat(practice.admin().post(practice.path("/clients"), client).status())
                .isEqualTo(201);

        ApiResponse duplicate = practice.admin()
                .post(
                        practice.path("/clients"),
                        Map.of("displayName", "B", "email", "b@example.com", "externalRef", "PMS-1"));

        assertProblem(duplicate, 409, "external-ref-taken");
        assertThat(practice.admin()
                        .get(practice.path("/clients"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anUnknownPolicyIsANotFoundProblem() {
        ApiResponse response = practice.viewer().get(practice.path("/policies/6f1c2d3e-0000-4000-8000-000000000000"));

        assertProblem(response, 404, "policy-not-found");
    }

    private static void assertProblem(ApiResponse response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(response.text("type")).isEqualTo("https://policyhub.io/problems/" + type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.text("detail")).isNotBlank();
    }
}
