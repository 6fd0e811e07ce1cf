package io.policyhub.citus;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The migrated schema (as the application's context migrated it) is ready to be distributed by practice with
 * Citus, and deploy/citus/distribute.sql distributes all of it.
 */
class CitusReadinessIT extends IntegrationTest {

    /** Liquibase's bookkeeping stays on the coordinator; it is neither distributed nor replicated. */
    private static final Set<String> COORDINATOR_ONLY = Set.of("databasechangelog", "databasechangeloglock");

    @Test
    void everyTenantTableHasItsPracticeInEveryPrimaryUniqueAndForeignKey() throws Exception {
        try (Connection connection = TestDatabase.get().superuserConnection()) {
            var schema = new TenantKeys(connection, "public");

            assertThat(schema.tenantTables()).contains("policy", "acknowledgement", "audit_entry");
            assertThat(schema.violations(Set.copyOf(DistributionScript.read().reference())))
                    .isEmpty();
        }
    }

    @Test
    void theDistributionScriptDistributesEveryTenantTableByPracticeAndReplicatesEveryOtherTable() throws Exception {
        var script = DistributionScript.read();
        try (Connection connection = TestDatabase.get().superuserConnection()) {
            var schema = new TenantKeys(connection, "public");
            Set<String> globalTables = new TreeSet<>(schema.tables());
            globalTables.removeAll(schema.tenantTables());
            globalTables.removeAll(COORDINATOR_ONLY);

            assertThat(script.distributed()).containsExactlyInAnyOrderElementsOf(schema.tenantTables());
            assertThat(script.reference()).containsExactlyInAnyOrderElementsOf(globalTables);
        }
        assertThat(script.calls())
                .filteredOn(DistributionScript.Call::distributed)
                .allSatisfy(call -> assertThat(call.column()).isEqualTo(TenantKeys.TENANT_COLUMN));
    }

    @Test
    void theDistributionScriptHandlesReferencedTablesBeforeTheTablesReferencingThem() throws Exception {
        var script = DistributionScript.read();
        try (Connection connection = TestDatabase.get().superuserConnection()) {
            Map<String, Set<String>> references = new TenantKeys(connection, "public").references();

            references.forEach((table, referenced) -> referenced.stream()
                    .filter(other -> !other.equals(table))
                    .forEach(other -> assertThat(script.position(other))
                            .as("%s references %s", table, other)
                            .isLessThan(script.position(table))));
        }
    }

    @Test
    void theCheckFindsTenantTablesThatAreNotKeyedByPractice() throws SQLException {
        String probe = "citus_probe_" + Long.toHexString(System.nanoTime());
        try (Connection connection = TestDatabase.get().superuserConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + probe);
            try {
                statement.execute(
                        "create table " + probe + ".owner (practice_id uuid, id uuid, primary key (practice_id, id))");
                // Keyed by its own id, unique by e-mail across practices, and pointing at another practice's owner.
                statement.execute("create table " + probe
                        + ".unshardable (practice_id uuid not null, id uuid primary key,"
                        + " email text unique, owner_id uuid, foreign key (practice_id, owner_id) references " + probe
                        + ".owner (id, practice_id))");
                statement.execute(
                        "create unique index unshardable_owner on " + probe + ".unshardable (owner_id, practice_id)");

                List<String> violations = new TenantKeys(connection, probe).violations(Set.of());

                assertThat(violations)
                        .hasSize(3)
                        .anySatisfy(v -> assertThat(v).startsWith("unshardable: unique index unshardable_pkey [id]"))
                        .anySatisfy(v -> assertThat(v).contains("unique index unshardable_email_key [email]"))
                        .anySatisfy(v -> assertThat(v).contains("does not pair practice_id with practice_id"));
            } finally {
                statement.execute("drop schema " + probe + " cascade");
            }
        }
    }
}
