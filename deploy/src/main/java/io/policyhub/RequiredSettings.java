package io.policyhub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the local run and the tests, Policyhub needs its database and identity provider from the
 * environment. Checks all of them before anything starts, so one run names every missing variable. The
 * {@code migrate} command needs only the database's; nodes that do not migrate need no schema owner.
 */
class RequiredSettings implements EnvironmentPostProcessor {

    static final Map<String, String> REQUIRED = requiredSettings();

    /** {@code false} on application nodes when the {@code migrate} command runs the migrations instead. */
    static final String MIGRATE_ON_START = "POLICYHUB_DB_MIGRATE_ON_START";

    private static final Set<String> SCHEMA_OWNER =
            Set.of("POLICYHUB_DB_MIGRATION_USERNAME", "POLICYHUB_DB_MIGRATION_PASSWORD");
    private static final Set<String> MIGRATE_COMMAND = Set.of(
            "POLICYHUB_DB_URL",
            "POLICYHUB_DB_USERNAME",
            "POLICYHUB_DB_MIGRATION_USERNAME",
            "POLICYHUB_DB_MIGRATION_PASSWORD");

    private static Map<String, String> requiredSettings() {
        var settings = new LinkedHashMap<String, String>();
        settings.put(
                "POLICYHUB_DB_URL", "JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://db:5432/policyhub");
        settings.put(
                "POLICYHUB_DB_USERNAME",
                "the application's login role (owns no table, cannot bypass row-level security; the migrations"
                        + " grant it its privileges)");
        settings.put("POLICYHUB_DB_PASSWORD", "its password");
        settings.put(
                "POLICYHUB_DB_MIGRATION_USERNAME", "the role that owns the schema and runs the Liquibase migrations");
        settings.put("POLICYHUB_DB_MIGRATION_PASSWORD", "its password");
        settings.put(
                "POLICYHUB_ISSUER_URI",
                "OIDC issuer URL of the Keycloak realm, e.g. https://id.example.com/realms/policyhub");
        settings.put(
                "POLICYHUB_KEYCLOAK_ADMIN_CLIENT_ID",
                "the confidential client (service account) Policyhub provisions organizations, staff and integrators"
                        + " with, e.g. policyhub-provisioner");
        settings.put("POLICYHUB_KEYCLOAK_ADMIN_CLIENT_SECRET", "its secret");
        settings.put("POLICYHUB_SMTP_HOST", "SMTP server for clients' e-mails (port POLICYHUB_SMTP_PORT, default 587)");
        settings.put("POLICYHUB_PUBLIC_BASE_URL", "public base URL of this server, used in clients' portal links");
        settings.put(
                "POLICYHUB_RECEIPT_KEY_ENCRYPTION_KEY",
                "32 random bytes in base64 (openssl rand -base64 32) that seal the practices' receipt signing keys;"
                        + " keep it secret and keep it: without it no receipt can be signed");
        return Map.copyOf(settings);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("local | test"))) {
            return;
        }
        List<String> missing = requiredFor(environment, application).stream()
                .sorted()
                .filter(name -> {
                    String value = environment.getProperty(name);
                    return value == null || value.isBlank();
                })
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingSettings(missing);
        }
    }

    static Set<String> requiredFor(ConfigurableEnvironment environment, SpringApplication application) {
        if (application instanceof DatabaseMigration) {
            return MIGRATE_COMMAND;
        }
        if (!environment.getProperty(MIGRATE_ON_START, Boolean.class, true)) {
            return REQUIRED.keySet().stream()
                    .filter(name -> !SCHEMA_OWNER.contains(name))
                    .collect(Collectors.toUnmodifiableSet());
        }
        return REQUIRED.keySet();
    }

    /** Start-up refused because the environment lacks required settings. */
    static final class MissingSettings extends IllegalStateException {

        private final List<String> names;

        MissingSettings(List<String> names) {
            super("Policyhub cannot start: missing environment variable(s) " + String.join(", ", names));
            this.names = List.copyOf(names);
        }

        List<String> names() {
            return names;
        }
    }
}
