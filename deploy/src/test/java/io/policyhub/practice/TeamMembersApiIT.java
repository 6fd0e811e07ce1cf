package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The practice's staff through the REST API, against the development identity provider: listed, a role changed
 * and a member removed by a practice admin, with effect on the tokens the person gets next; RFC 9457 problems for
 * the last admin, bad input, other roles and another practice's members.
 */
class TeamMembersApiIT extends IntegrationTest {

    private static final String PROBLEMS = "https://policyhub.io/problems/";

    private TestPractice harbour;

    @BeforeEach
    void practice() {
        harbour = newPractice("Harbour Therapy");
    }

    @Test
    void anAdminListsTheStaffChangesARoleAndRemovesSomeoneWithEffectOnTheirNextToken() {
        ApiResponse team = harbour.admin().get(harbour.path("/members"));

        assertThat(team.status()).as(team.toString()).isEqualTo(200);
        assertThat(team.json().get("total").asInt())
                .as("integrators are not staff")
                .isEqualTo(3);
        assertThat(team.json().get("items").values())
                .extracting(
                        member -> member.get("id").asString(),
                        member -> member.get("role").asString())
                .containsExactly(
                        tuple(harbour.alias() + "-admin", "practice-admin"),
                        tuple(harbour.alias() + "-editor", "practice-editor"),
                        tuple(harbour.alias() + "-viewer", "practice-viewer"));
        assertThat(harbour.admin()
                        .get(harbour.path("/members?page=1&size=2"))
                        .json()
                        .get("items")
                        .values())
                .extracting(member -> member.get("id").asString())
                .containsExactly(harbour.alias() + "-viewer");

        ApiResponse changed = harbour.admin()
                .patch(harbour.path("/members/" + harbour.alias() + "-viewer"), Map.of("role", "practice-editor"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("role")).isEqualTo("practice-editor");
        assertThat(changed.json().get("pending").asBoolean()).isFalse();
        assertThat(tokenOf(harbour.alias() + "-viewer")
                        .post(harbour.path("/policies"), Map.of("title", "Fees", "content", "# Fees"))
                        .status())
                .isEqualTo(201);

        ApiResponse removed = harbour.admin().delete(harbour.path("/members/" + harbour.alias() + "-editor"));

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(tokenOf(harbour.alias() + "-editor").get(harbour.path("")).status())
                .isEqualTo(404);
        assertThat(ids(harbour.admin().get(harbour.path("/members"))))
                .containsExactly(harbour.alias() + "-admin", harbour.alias() + "-viewer");
    }

    @Test
    void theLastAdminAndBadInputAreRefusedWithProblemsAndChangeNothing() {
        String admin = harbour.path("/members/" + harbour.alias() + "-admin");

        ApiResponse demoted = harbour.admin().patch(admin, Map.of("role", "practice-viewer"));
        ApiResponse removed = harbour.admin().delete(admin);
        ApiResponse unknownRole = harbour.admin().patch(admin, Map.of("role", "owner"));
        ApiResponse unknownField = harbour.admin().patch(admin, Map.of("email", "me@example.com"));

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(demoted.text("type")).isEqualTo(PROBLEMS + "last-admin");
        assertThat(demoted.text("detail")).startsWith(harbour.alias() + "-admin cannot lose the admin role");
        assertThat(removed.status()).isEqualTo(409);
        assertThat(removed.text("type")).isEqualTo(PROBLEMS + "last-admin");
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.json().get("errors").get(0).get("field").asString())
                .isEqualTo("role");
        assertThat(unknownField.status()).isEqualTo(422);
        assertThat(harbour.admin().get(admin).text("role")).isEqualTo("practice-admin");
    }

    @Test
    void everyChangeOfWhoMayActEntersTheAuditTrailNamingWhoMadeItAndARefusedOneDoesNot() {
        String admin = harbour.alias() + "-admin";
        String ash = "ash@" + harbour.alias() + ".example";

        assertThat(harbour.admin()
                        .post(harbour.path("/members"), Map.of("email", ash, "role", "practice-viewer"))
                        .status())
                .isEqualTo(202);
        ApiResponse integration = harbour.admin().post(harbour.path("/integrations"), Map.of("name", "Cliniko sync"));
        harbour.admin()
                .patch(harbour.path("/members/" + harbour.alias() + "-viewer"), Map.of("role", "practice-editor"));
        harbour.admin().delete(harbour.path("/members/" + harbour.alias() + "-editor"));
        assertThat(harbour.admin().delete(harbour.path("/members/" + admin)).status())
                .as("the last admin stays")
                .isEqualTo(409);

        List<JsonNode> trail = harbour.viewer().get(harbour.path("/audit")).json().get("items").values().stream()
                .filter(entry -> entry.get("event").asString().matches("STAFF_.*|INTEGRATION_.*"))
                .toList();
        assertThat(trail)
                .extracting(
                        entry -> entry.get("event").asString(),
                        entry -> entry.get("actor").asString())
                .containsExactly(
                        tuple("STAFF_REMOVED", admin),
                        tuple("STAFF_ROLE_CHANGED", admin),
                        tuple("INTEGRATION_CREATED", admin),
                        tuple("STAFF_INVITED", admin));
        assertThat(trail.get(0).get("details").toString())
                .isEqualTo("{\"role\":\"practice-editor\",\"member\":\"%s-editor\",\"memberId\":\"%s-editor\"}"
                        .formatted(harbour.alias(), harbour.alias()));
        assertThat(trail.get(1).get("details").get("previousRole").asString()).isEqualTo("practice-viewer");
        assertThat(trail.get(1).get("details").get("role").asString()).isEqualTo("practice-editor");
        assertThat(trail.get(2).get("details").get("clientId").asString()).isEqualTo(integration.text("clientId"));
        assertThat(trail.get(3).get("details").get("member").asString()).isEqualTo(ash);
        assertThat(trail.toString()).doesNotContain(integration.text("clientSecret"));
        assertThat(harbour.viewer()
                        .get(harbour.path("/audit/verify"))
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aStaffTokenIssuedBeforeTheirRoleChangedOrTheyWereRemovedIsRefused() {
        String viewer = harbour.alias() + "-viewer";
        String editor = harbour.alias() + "-editor";
        Api viewerBefore = tokenOf(viewer);
        Api editorBefore = tokenOf(editor);
        Api integrator = harbour.integrator();
        assertThat(viewerBefore.get(harbour.path("/policies")).status()).isEqualTo(200);
        awaitTheNextSecond();

        harbour.admin().patch(harbour.path("/members/" + viewer), Map.of("role", "practice-editor"));
        harbour.admin().delete(harbour.path("/members/" + editor));

        for (Api outdated : List.of(viewerBefore, editorBefore)) {
            ApiResponse refused = outdated.get(harbour.path("/policies"));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.text("type")).isEqualTo(PROBLEMS + "access-changed");
            assertThat(refused.header("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
        }
        assertThat(editorBefore
                        .post(harbour.path("/policies"), Map.of("title", "Fees", "content", "# Fees"))
                        .status())
                .isEqualTo(401);
        assertThat(tokenOf(viewer)
                        .post(harbour.path("/policies"), Map.of("title", "Fees", "content", "# Fees"))
                        .status())
                .as("a new token, fetched at once, works with the new role")
                .isEqualTo(201);
        assertThat(harbour.admin()
                        .get(harbour.path("/policies"))
                        .json()
                        .get("total")
                        .asInt())
                .as("only the new token's policy was created")
                .isEqualTo(1);
        assertThat(integrator.get(harbour.path("/policies")).status())
                .as("integrators are not staff: their tokens are unaffected")
                .isEqualTo(200);
    }

    @Test
    void onlyPracticeAdminsMayReadOrChangeTheStaff() {
        String viewer = harbour.path("/members/" + harbour.alias() + "-viewer");
        for (Api caller : List.of(harbour.editor(), harbour.viewer(), harbour.integrator())) {
            assertThat(caller.get(harbour.path("/members")).status()).isEqualTo(403);
            assertThat(caller.get(viewer).status()).isEqualTo(403);
            assertThat(caller.patch(viewer, Map.of("role", "practice-admin")).status())
                    .isEqualTo(403);
            assertThat(caller.delete(viewer).status()).isEqualTo(403);
        }
        assertThat(harbour.admin().get(viewer).text("role")).isEqualTo("practice-viewer");
    }

    @Test
    void anotherPracticesMembersAndStaffAreNotFound() {
        TestPractice kestrel = newPractice("Kestrel Counselling");
        String theirAdmin = harbour.path("/members/" + kestrel.alias() + "-admin");

        ApiResponse read = harbour.admin().get(theirAdmin);
        ApiResponse changed = harbour.admin().patch(theirAdmin, Map.of("role", "practice-viewer"));
        ApiResponse removed = harbour.admin().delete(theirAdmin);
        ApiResponse theirList = kestrel.admin().get(harbour.path("/members"));

        assertThat(List.of(read.status(), changed.status(), removed.status(), theirList.status()))
                .containsOnly(404);
        assertThat(changed.text("type")).isEqualTo(PROBLEMS + "member-not-found");
        assertThat(theirList.raw()).doesNotContain(harbour.alias() + "-admin");
        assertThat(ids(kestrel.admin().get(kestrel.path("/members")))).contains(kestrel.alias() + "-admin");
        assertThat(kestrel.admin()
                        .get(kestrel.path("/members/" + kestrel.alias() + "-admin"))
                        .text("role"))
                .isEqualTo("practice-admin");
    }

    /** Tokens state their issue time in whole seconds: a change in a later second certainly follows it. */
    private static void awaitTheNextSecond() {
        long second = Instant.now().getEpochSecond();
        await().atMost(Duration.ofSeconds(2)).until(() -> Instant.now().getEpochSecond() > second);
    }

    /** A fresh token of a test identity: it carries the identity's roles and practices as they are now. */
    private Api tokenOf(String clientId) {
        return anonymous().withToken(TestIssuer.token(clientId, clientId + "-secret"));
    }

    private static List<String> ids(ApiResponse team) {
        return team.json().get("items").values().stream()
                .map(member -> member.get("id").asString())
                .toList();
    }
}
