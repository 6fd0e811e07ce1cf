package io.policyhub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A practice registered by the platform administrator through the API, plus tokens for its staff: each one a
 * Keycloak-shaped token naming the practice's organization alias.
 */
public record TestPractice(String id, String alias, Api admin, Api editor, Api viewer, Api integrator, Api anonymous) {

    public static TestPractice register(Api anonymous, String name) {
        String alias = "p-" + UUID.randomUUID().toString().substring(0, 12);
        Api platform =
                anonymous.withToken(TestIssuer.tokenFor("platform-" + alias, List.of("platform-admin"), List.of()));
        ApiResponse created = platform.post(
                "/api/v1/practices",
                Map.of("name", name, "alias", alias, "contactEmail", "office@" + alias + ".example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new TestPractice(
                created.text("id"),
                alias,
                staff(anonymous, alias, "admin", "practice-admin"),
                staff(anonymous, alias, "editor", "practice-editor"),
                staff(anonymous, alias, "viewer", "practice-viewer"),
                staff(anonymous, alias, "integrator", "integrator"),
                anonymous);
    }

    private static Api staff(Api anonymous, String alias, String who, String role) {
        return anonymous.withToken(TestIssuer.tokenFor(alias + "-" + who, List.of(role), List.of(alias)));
    }

    /** The API path of this practice, plus {@code path}. */
    public String path(String path) {
        return "/api/v1/practices/" + id + path;
    }

    public String createPolicy(String title, String content) {
        ApiResponse response = admin.post(path("/policies"), Map.of("title", title, "content", content));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    public ApiResponse publish(String policyId, String summary, String kind) {
        ApiResponse response = admin.post(
                path("/policies/" + policyId + "/versions"), Map.of("changeSummary", summary, "changeKind", kind));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    public ApiResponse editDraft(String policyId, String title, String content) {
        ApiResponse current = admin.get(path("/policies/" + policyId));
        ApiResponse edited = admin.withHeader("If-Match", current.header("ETag").orElseThrow())
                .put(path("/policies/" + policyId + "/draft"), Map.of("title", title, "content", content));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        return edited;
    }

    public String addClient(String name, String email) {
        ApiResponse response = admin.post(path("/clients"), Map.of("displayName", name, "email", email));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    /** Assigns the policy and returns the portal token issued to each client, in order. */
    public List<String> assign(String policyId, List<String> clientIds) {
        ApiResponse response =
                admin.post(path("/policies/" + policyId + "/assignments"), Map.of("clientIds", clientIds));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("assignments").values().stream()
                .map(entry -> entry.get("portalUrl").asString())
                .map(url -> url.substring(url.lastIndexOf('/') + 1))
                .toList();
    }

    public ApiResponse acknowledgeInPortal(String token, String fullName) {
        return anonymous.post(
                "/portal/api/" + token + "/acknowledgements", Map.of("fullName", fullName, "agreed", true));
    }
}
