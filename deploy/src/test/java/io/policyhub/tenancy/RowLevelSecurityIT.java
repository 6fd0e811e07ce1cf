package io.policyhub.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself keeps practices apart and evidence unchangeable, whatever the Java code does. */
class RowLevelSecurityIT extends IntegrationTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    private TestPractice first;
    private TestPractice second;

    @BeforeEach
    void twoPracticesWithData() {
        first = newPractice("First RLS Practice");
        second = newPractice("Second RLS Practice");
        for (TestPractice practice : List.of(first, second)) {
            String policy = practice.createPolicy("Cancellation policy", "# Cancellation\n\n48 hours notice.");
            practice.publish(policy, "First", "MAJOR");
            String client = practice.addClient("Client of " + practice.alias(), practice.alias() + "@example.com");
            practice.acknowledgeInPortal(
                    practice.assign(policy, List.of(client)).get(0), "Client");
        }
    }

    @Test
    void aDeliberatelyUnscopedNativeQueryStillSeesOnlyTheCurrentPracticesRows() {
        PracticeId practice = new PracticeId(UUID.fromString(first.id()));

        List<?> practiceIds = TenantScope.callWithin(
                TenantScope.of(practice),
                () -> transactions.execute(status -> entityManager
                        .createNativeQuery(
                                "select distinct practice_id from client union select distinct practice_id from acknowledgement union select distinct practice_id from policy_version")
                        .getResultList()));

        assertThat(practiceIds).extracting(Object::toString).containsExactly(first.id());
    }

    @Test
    void withoutAnyPracticeScopeTheApplicationRoleSeesNoTenantRowsAtAll() {
        List<?> rows = TenantScope.callWithin(
                TenantScope.none(),
                () -> transactions.execute(status -> entityManager
                        .createNativeQuery("select id from client union all select id from policy")
                        .getResultList()));

        assertThat(rows).isEmpty();
    }

    @Test
    void theApplicationRoleCannotBypassRowLevelSecurityNorOwnTables() throws SQLException {
        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            ResultSet role =
                    statement.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
            role.next();
            assertThat(role.getBoolean(1)).as("superuser").isFalse();
            assertThat(role.getBoolean(2)).as("bypass RLS").isFalse();
            ResultSet owned = statement.executeQuery(
                    "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user");
            owned.next();
            assertThat(owned.getInt(1)).isZero();
            ResultSet unscoped = statement.executeQuery("select count(*) from client");
            unscoped.next();
            assertThat(unscoped.getInt(1)).isZero();
        }
    }

    @Test
    void aPracticeCannotWriteRowsForAnotherPracticeEvenWithRawSql() throws SQLException {
        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("select set_config('app.practice_id', '" + first.id() + "', true)");
            assertThatThrownBy(() -> statement.execute(
                            "insert into client (practice_id, id, display_name, email, created_at) values ('"
                                    + second.id() + "', gen_random_uuid(), 'Planted', 'planted@example.com', now())"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void publishedVersionsAndAcknowledgementsCannotBeChangedOrDeletedBySqlFromTheApplicationRole() throws SQLException {
        List<String> forbidden = List.of(
                "update policy_version set content = 'rewritten'",
                "delete from policy_version",
                "update acknowledgement set full_name = 'Someone else'",
                "delete from acknowledgement");
        for (String sql : forbidden) {
            try (Connection app = TestDatabase.get().applicationConnection();
                    Statement statement = app.createStatement()) {
                app.setAutoCommit(false);
                statement.execute("select set_config('app.practice_id', '" + first.id() + "', true)");
                assertThatThrownBy(() -> statement.executeUpdate(sql))
                        .as(sql)
                        .hasMessageContaining("permission denied");
                app.rollback();
            }
        }
    }

    @Test
    void evenTheSchemaOwnerCannotRewriteEvidence() throws SQLException {
        List<String> forbidden = List.of(
                "update policy_version set change_summary = 'rewritten'",
                "delete from policy_version",
                "update acknowledgement set full_name = 'Someone else'",
                "delete from acknowledgement",
                "truncate acknowledgement cascade");
        for (String sql : forbidden) {
            try (Connection owner = TestDatabase.get().superuserConnection();
                    Statement statement = owner.createStatement()) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql).hasMessageContaining("immutable evidence");
            }
        }
    }

    @Test
    void aVersionsStoredHashAlwaysMatchesItsStoredText() throws SQLException {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                            "insert into policy_version select practice_id, policy_id, number + 100, title, content || ' (altered)',"
                                    + " content_hash, change_summary, change_kind, published_by, published_at from policy_version"
                                    + " where practice_id = '" + first.id() + "'"))
                    .hasMessageContaining("policy_version_hash_matches");
        }
    }
}
