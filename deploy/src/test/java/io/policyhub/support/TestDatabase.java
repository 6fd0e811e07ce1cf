package io.policyhub.support;

import io.policyhub.local.ApplicationRole;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL all integration tests share: a Testcontainers container where a Docker engine runs,
 * otherwise the same PostgreSQL major version from embedded binaries. Same tests, one switch. The schema is
 * migrated by the superuser; the application connects as an unprivileged role, as in production.
 */
public final class TestDatabase {

    public static final String APP_ROLE = "policyhub_app";
    public static final String APP_PASSWORD = "policyhub-test";

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String superuser;
    private final String superuserPassword;

    private TestDatabase(String jdbcUrl, String superuser, String superuserPassword) {
        this.jdbcUrl = jdbcUrl;
        this.superuser = superuser;
        this.superuserPassword = superuserPassword;
        var admin = new PGSimpleDataSource();
        admin.setURL(jdbcUrl);
        admin.setUser(superuser);
        admin.setPassword(superuserPassword);
        ApplicationRole.ensure(admin, APP_ROLE, APP_PASSWORD);
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerAvailable() ? container() : embedded();
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    private static TestDatabase container() {
        var container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static TestDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
            return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String superuser() {
        return superuser;
    }

    public String superuserPassword() {
        return superuserPassword;
    }

    /** A connection as the schema owner, for tests that inspect or tamper with the database directly. */
    public Connection superuserConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, superuser, superuserPassword);
    }

    /** A connection as the application's own role, for tests of what that role may and may not do. */
    public Connection applicationConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, APP_ROLE, APP_PASSWORD);
    }
}
