package io.policyhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every change leaves a hash-chained trace that shows who did what, and any tampering is detected. */
class AuditTrailIT extends IntegrationTest {

    private TestPractice practice;
    private String policy;
    private String client;

    @BeforeEach
    void aPracticeAtWork() {
        practice = newPractice("Audited Practice");
        policy = practice.createPolicy("Cancellations", "# Cancellations\n\n48 hours.");
        practice.publish(policy, "First", "MAJOR");
        client = practice.addClient("Audited Client", "audited@example.com");
        String token = practice.assign(policy, List.of(client)).get(0);
        // The invitation goes out in the background; wait for it so the trail's order is fixed.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> practice.viewer()
                        .get(practice.path("/clients/" + client + "/emails"))
                        .raw()
                        .contains("\"SENT\""));
        practice.acknowledgeInPortal(token, "Audited Client");
        practice.admin().delete(practice.path("/clients/" + client));
    }

    @Test
    void everyStateChangeIsRecordedInOrderWithItsActor() {
        ApiResponse trail = practice.viewer().get(practice.path("/audit?size=50"));

        List<String> events = trail.json().get("items").values().stream()
                .map(entry -> entry.get("event").asString())
                .toList()
                .reversed();
        assertThat(events)
                .containsExactly(
                        "POLICY_DRAFTED",
                        "POLICY_PUBLISHED",
                        "CLIENT_CREATED",
                        "CLIENT_ASSIGNED",
                        "LINK_ISSUED",
                        "LINK_ISSUED",
                        "EMAIL_SENT",
                        "ACKNOWLEDGED",
                        "CLIENT_ERASED");
        JsonNode published = entry(trail, "POLICY_PUBLISHED");
        assertThat(published.get("actor").asString()).isEqualTo(practice.alias() + "-admin");
        assertThat(published.get("entityId").asString()).isEqualTo(policy);
        assertThat(published.get("details").get("version").asInt()).isEqualTo(1);
        assertThat(entry(trail, "ACKNOWLEDGED").get("actor").asString()).isEqualTo("portal-client");
        assertThat(trail.raw()).doesNotContain("audited@example.com").doesNotContain("Audited Client");
    }

    @Test
    void theTrailCanBeFilteredByEventAndEntity() {
        ApiResponse published = practice.viewer().get(practice.path("/audit?event=POLICY_PUBLISHED"));
        ApiResponse aboutClient = practice.viewer().get(practice.path("/audit?entityId=" + client));

        assertThat(published.json().get("total").asInt()).isEqualTo(1);
        assertThat(aboutClient.json().get("items").values())
                .extracting(e -> e.get("event").asString())
                .containsExactly(
                        "CLIENT_ERASED",
                        "ACKNOWLEDGED",
                        "EMAIL_SENT",
                        "LINK_ISSUED",
                        "LINK_ISSUED",
                        "CLIENT_ASSIGNED",
                        "CLIENT_CREATED");
    }

    @Test
    void anIntactTrailVerifies() {
        ApiResponse verification = practice.viewer().get(practice.path("/audit/verify"));

        assertThat(verification.json().get("valid").asBoolean()).isTrue();
        assertThat(verification.json().get("entries").asInt()).isEqualTo(9);
        assertThat(verification.json().get("firstBrokenAt").isNull()).isTrue();
    }

    @Test
    void anAlteredEntryIsDetected() throws SQLException {
        tamper(
                "update audit_entry set payload = replace(payload, 'MAJOR', 'MINOR') where practice_id = '%s' and seq = 2");

        ApiResponse verification = practice.viewer().get(practice.path("/audit/verify"));

        assertThat(verification.json().get("valid").asBoolean()).isFalse();
        assertThat(verification.json().get("firstBrokenAt").asInt()).isEqualTo(2);
    }

    @Test
    void anEditedQueryColumnIsDetectedToo() throws SQLException {
        tamper("update audit_entry set actor = 'someone-else' where practice_id = '%s' and seq = 3");

        assertThat(practice.viewer()
                        .get(practice.path("/audit/verify"))
                        .json()
                        .get("firstBrokenAt")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void aDeletedEntryIsDetected() throws SQLException {
        tamper("delete from audit_entry where practice_id = '%s' and seq = 4");

        ApiResponse verification = practice.viewer().get(practice.path("/audit/verify"));

        assertThat(verification.json().get("valid").asBoolean()).isFalse();
        assertThat(verification.json().get("firstBrokenAt").asInt()).isEqualTo(5);
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorDeleteTheTrail() throws SQLException {
        for (String sql : List.of("update audit_entry set actor = 'x'", "delete from audit_entry")) {
            try (Connection app = TestDatabase.get().applicationConnection();
                    Statement statement = app.createStatement()) {
                app.setAutoCommit(false);
                statement.execute("select set_config('app.practice_id', '" + practice.id() + "', true)");
                assertThatThrownBy(() -> statement.executeUpdate(sql)).hasMessageContaining("permission denied");
                app.rollback();
            }
        }
    }

    /** What an attacker with database superuser rights could do: switch the triggers off and edit rows. */
    private void tamper(String sql) throws SQLException {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("set session_replication_role = replica");
            assertThat(statement.executeUpdate(sql.formatted(practice.id()))).isEqualTo(1);
        }
    }

    private static JsonNode entry(ApiResponse trail, String event) {
        return trail.json().get("items").values().stream()
                .filter(entry -> entry.get("event").asString().equals(event))
                .findFirst()
                .orElseThrow();
    }
}
