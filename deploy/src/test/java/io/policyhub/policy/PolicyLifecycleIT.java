package io.policyhub.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyLifecycleIT extends IntegrationTest {

    private TestPractice practice;

    @BeforeEach
    void practice() {
        practice = newPractice("Lifecycle Practice");
    }

    @Test
    void aNewPolicyIsADraftWithAnETagAndALocation() {
        ApiResponse created =
                practice.editor().post(practice.path("/policies"), Map.of("title", "Fees", "content", "# Fees\n\n£60"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.json().get("currentVersion").isNull()).isTrue();
        assertThat(created.header("ETag")).hasValue("\"1\"");
        assertThat(created.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/policies/" + created.text("id")));
    }

    @Test
    void editingTheDraftNeedsTheCurrentETagSoNoEditIsLost() {
        String policy = practice.createPolicy("Fees", "# Fees\n\n£60");
        String path = practice.path("/policies/" + policy + "/draft");
        Map<String, Object> edit = Map.of("title", "Fees", "content", "# Fees\n\n£65");

        ApiResponse withoutIfMatch = practice.editor().put(path, edit);
        assertThat(withoutIfMatch.status()).isEqualTo(428);

        ApiResponse first = practice.editor().withHeader("If-Match", "\"1\"").put(path, edit);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).hasValue("\"2\"");
        assertThat(first.text("content")).isEqualTo("# Fees\n\n£65");

        ApiResponse stale =
                practice.admin().withHeader("If-Match", "\"1\"").put(path, Map.of("title", "Fees", "content", "lost?"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentRevision").asInt()).isEqualTo(2);
        assertThat(practice.viewer().get(practice.path("/policies/" + policy)).text("content"))
                .isEqualTo("# Fees\n\n£65");
    }

    @Test
    void publishingFreezesTheDraftAsNumberedVersionsWithTheirSha256() throws Exception {
        String content = "# Fees\n\nSessions cost £60 — payable by card.";
        String policy = practice.createPolicy("Fees", content);

        ApiResponse v1 = practice.admin()
                .post(
                        practice.path("/policies/" + policy + "/versions"),
                        Map.of("changeSummary", "First", "changeKind", "MAJOR"));
        practice.editDraft(policy, "Fees", content + "\nCash too.");
        ApiResponse v2 = practice.admin()
                .post(
                        practice.path("/policies/" + policy + "/versions"),
                        Map.of("changeSummary", "Cash", "changeKind", "MINOR"));

        assertThat(v1.status()).isEqualTo(201);
        assertThat(v1.json().get("number").asInt()).isEqualTo(1);
        assertThat(v1.text("content")).isEqualTo(content);
        String expectedHash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        assertThat(v1.text("contentHash")).isEqualTo(expectedHash);
        assertThat(v1.text("publishedBy")).isEqualTo(practice.alias() + "-admin");
        assertThat(v1.text("publishedAt")).isNotBlank();
        assertThat(v2.json().get("number").asInt()).isEqualTo(2);
        assertThat(v2.text("changeKind")).isEqualTo("MINOR");

        ApiResponse versions = practice.viewer().get(practice.path("/policies/" + policy + "/versions"));
        assertThat(versions.json().get("total").asInt()).isEqualTo(2);
        assertThat(versions.json().get("items").get(0).get("number").asInt()).isEqualTo(2);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/versions/1"))
                        .text("content"))
                .isEqualTo(content);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/versions/3"))
                        .status())
                .isEqualTo(404);
        ApiResponse current = practice.viewer().get(practice.path("/policies/" + policy));
        assertThat(current.text("status")).isEqualTo("PUBLISHED");
        assertThat(current.json().get("currentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void laterVersionsNeedAChangeSummaryAndKind() {
        String policy = practice.createPolicy("Fees", "# Fees");
        practice.publish(policy, "First", "MAJOR");

        ApiResponse response = practice.admin().post(practice.path("/policies/" + policy + "/versions"), Map.of());

        assertThat(response.status()).isEqualTo(422);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/versions"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anArchivedPolicyCanNoLongerBeEditedPublishedOrAssigned() {
        String policy = practice.createPolicy("Fees", "# Fees");
        practice.publish(policy, "First", "MAJOR");
        String client = practice.addClient("Client", "client@example.com");

        ApiResponse archived = practice.admin().post(practice.path("/policies/" + policy + "/archive"), Map.of());
        assertThat(archived.text("status")).isEqualTo("ARCHIVED");

        assertThat(practice.admin()
                        .withHeader("If-Match", "\"1\"")
                        .put(practice.path("/policies/" + policy + "/draft"), Map.of("title", "x", "content", "y"))
                        .status())
                .isEqualTo(409);
        assertThat(practice.admin()
                        .post(
                                practice.path("/policies/" + policy + "/versions"),
                                Map.of("changeSummary", "x", "changeKind", "MAJOR"))
                        .status())
                .isEqualTo(409);
        assertThat(practice.admin()
                        .post(
                                practice.path("/policies/" + policy + "/assignments"),
                                Map.of("clientIds", java.util.List.of(client)))
                        .status())
                .isEqualTo(409);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/versions/1"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void policiesAreListedInAPagedEnvelopeAndFilteredByStatus() {
        String published = practice.createPolicy("Published one", "# A");
        practice.publish(published, "First", "MAJOR");
        practice.createPolicy("Draft one", "# B");
        practice.createPolicy("Draft two", "# C");

        ApiResponse drafts = practice.viewer().get(practice.path("/policies?status=DRAFT&size=1"));
        assertThat(drafts.json().get("total").asInt()).isEqualTo(2);
        assertThat(drafts.json().get("size").asInt()).isEqualTo(1);
        assertThat(drafts.json().get("page").asInt()).isZero();
        assertThat(drafts.json().get("items").size()).isEqualTo(1);
        ApiResponse publishedOnly = practice.viewer().get(practice.path("/policies?status=PUBLISHED"));
        assertThat(publishedOnly.json().get("items").get(0).get("id").asString())
                .isEqualTo(published);
        assertThat(practice.viewer()
                        .get(practice.path("/policies?status=BOGUS"))
                        .status())
                .isEqualTo(400);
        assertThat(practice.viewer().get(practice.path("/policies?size=500")).status())
                .isEqualTo(422);
    }

    @Test
    void rolesDecideWhoDraftsAndWhoPublishes() {
        String policy = practice.createPolicy("Fees", "# Fees");

        assertThat(practice.viewer()
                        .post(practice.path("/policies"), Map.of("title", "t", "content", "c"))
                        .status())
                .isEqualTo(403);
        assertThat(practice.editor()
                        .post(
                                practice.path("/policies/" + policy + "/versions"),
                                Map.of("changeSummary", "x", "changeKind", "MAJOR"))
                        .status())
                .isEqualTo(403);
        assertThat(practice.integrator()
                        .post(
                                practice.path("/policies/" + policy + "/versions"),
                                Map.of("changeSummary", "x", "changeKind", "MAJOR"))
                        .status())
                .isEqualTo(201);
        assertThat(practice.viewer().get(practice.path("/policies/" + policy)).status())
                .isEqualTo(200);
    }
}
