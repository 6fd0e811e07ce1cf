package io.policyhub;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestIdentityConfiguration;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestMailServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Migrations once per release: the {@code migrate} command migrates a database and exits, then application nodes
 * started with migrations off serve from that schema without running Liquibase. On a fresh database of its own
 * on the shared PostgreSQL, with a second application context (so one scenario, not several).
 */
class MigrationModesIT {

    private final TestDatabase database = TestDatabase.get();

    @Test
    void aReleaseMigratesOnceAndItsNodesThenServeWithMigrationsOffWithoutTouchingTheSchema() throws SQLException {
        String url = freshDatabase();

        int exitCode = DatabaseMigration.migrate(migrateArguments(url));

        assertThat(exitCode).isZero();
        assertThat(tables(url)).contains("practice", "policy_version", "acknowledgement", "audit_entry");
        int changesets = appliedChangesets(url);
        try (ConfigurableApplicationContext node = startNode(url)) {
            assertThat(node.getBeansOfType(SpringLiquibase.class)).isEmpty();
            var api = Api.anonymous("http://localhost:" + port(node));
            assertThat(api.get("/readyz").text("status")).isEqualTo("UP");
            String token = TestIssuer.tokenFor("migration-platform", List.of("platform-admin"), List.of());
            ApiResponse created = api.withToken(token)
                    .post("/api/v1/practices", Map.of("name", "Migrated Practice", "alias", "migrated"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        assertThat(appliedChangesets(url)).isEqualTo(changesets);
    }

    private String[] migrateArguments(String url) {
        return new String[] {
            DatabaseMigration.COMMAND,
            "--spring.profiles.active=test",
            "--spring.liquibase.url=" + url,
            "--spring.liquibase.user=" + database.superuser(),
            "--spring.liquibase.password=" + database.superuserPassword(),
            "--spring.liquibase.parameters.app_role=" + TestDatabase.APP_ROLE,
            // As a Kubernetes Job gets it from the settings it shares with the nodes: the command overrides it.
            "--POLICYHUB_DB_MIGRATE_ON_START=false"
        };
    }

    /** An application node as a release starts it: migrations off, everything else as usual. */
    private static ConfigurableApplicationContext startNode(String url) {
        // The tests' shared development issuer stands in for Keycloak, as in every other integration test.
        return new SpringApplicationBuilder(PolicyhubApplication.class, TestIdentityConfiguration.class)
                .profiles("test")
                .run(
                        "--POLICYHUB_DB_MIGRATE_ON_START=false",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.APP_ROLE,
                        "--spring.datasource.password=" + TestDatabase.APP_PASSWORD,
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri="
                                + TestIssuer.get().issuerUri(),
                        "--policyhub.portal.base-url=https://portal.policyhub.test",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestMailServer.get().port(),
                        "--policyhub.mail.dispatch.enabled=false",
                        "--policyhub.receipts.key-encryption-key=" + IntegrationTest.RECEIPT_KEY_ENCRYPTION_KEY);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private String freshDatabase() throws SQLException {
        String name = "release_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = database.superuserConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    private int appliedChangesets(String url) throws SQLException {
        try (Connection connection = owner(url);
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from databasechangelog")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<String> tables(String url) throws SQLException {
        try (Connection connection = owner(url);
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            var names = new ArrayList<String>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private Connection owner(String url) throws SQLException {
        return DriverManager.getConnection(url, database.superuser(), database.superuserPassword());
    }
}
