package io.policyhub.local;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The local run's database: real PostgreSQL binaries (from Maven Central) started in-process, with their data
 * in a local directory so a restart keeps it. Migrations run as the superuser, the application connects as
 * the unprivileged role, exactly as in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalDatabaseConfiguration {

    /**
     * Server settings beyond the embedded defaults, e.g. {@code policyhub.local.postgres-settings[shared_buffers]=2GB}:
     * the benchmark sets the buffers and turns PostgreSQL's log collector on through it.
     */
    private static final String SERVER_SETTINGS = "policyhub.local.postgres-settings";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${policyhub.local.data-directory}") Path dataDirectory,
            @Value("${policyhub.local.postgres-port}") int port,
            Environment environment)
            throws IOException {
        Path postgresData = dataDirectory.resolve("postgres").toAbsolutePath();
        Files.createDirectories(postgresData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(postgresData)
                .setCleanDataDirectory(false)
                .setPort(port);
        Binder.get(environment)
                .bind(SERVER_SETTINGS, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of())
                .forEach(builder::setServerConfig);
        return builder.start();
    }

    @Bean
    @LiquibaseDataSource
    DataSource migrationDataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }

    /** The standard {@code spring.datasource.hikari.*} settings (pool size, driver properties) apply here too. */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            EmbeddedPostgres postgres,
            @Value("${policyhub.local.app-role}") String role,
            @Value("${policyhub.local.app-password}") String password) {
        ApplicationRole.ensure(postgres.getPostgresDatabase(), role, password);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        dataSource.setUsername(role);
        dataSource.setPassword(password);
        dataSource.setPoolName("policyhub");
        return dataSource;
    }
}
