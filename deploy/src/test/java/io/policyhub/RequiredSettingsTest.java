package io.policyhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RequiredSettingsTest {

    private final RequiredSettings settings = new RequiredSettings();

    @Test
    void productionStartRefusesToRunWithoutItsSettingsAndNamesEachMissingOne() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "env",
                        Map.of("POLICYHUB_DB_URL", "jdbc:postgresql://db/policyhub", "POLICYHUB_ISSUER_URI", "")));

        assertThatThrownBy(() -> settings.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(RequiredSettings.MissingSettings.class, missing -> {
                    assertThat(missing.names())
                            .contains(
                                    "POLICYHUB_ISSUER_URI",
                                    "POLICYHUB_DB_PASSWORD",
                                    "POLICYHUB_RECEIPT_KEY_ENCRYPTION_KEY")
                            .doesNotContain("POLICYHUB_DB_URL");
                    FailureAnalysis analysis = new MissingSettingsFailureAnalyzer().analyze(missing);
                    assertThat(analysis.getDescription())
                            .contains("POLICYHUB_ISSUER_URI: OIDC issuer URL")
                            .contains("POLICYHUB_RECEIPT_KEY_ENCRYPTION_KEY: 32 random bytes in base64");
                    assertThat(analysis.getAction()).contains("deploy/README.md");
                });
    }

    @Test
    void theLocalRunNeedsNoSettings() {
        var environment = new StandardEnvironment();
        environment.setActiveProfiles("local");

        settings.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void applicationNodesThatDoNotMigrateNeedNoSchemaOwnerCredentials() {
        var environment = environmentWithAllBut("POLICYHUB_DB_MIGRATION_USERNAME", "POLICYHUB_DB_MIGRATION_PASSWORD");

        assertThatThrownBy(() -> settings.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(
                        RequiredSettings.MissingSettings.class,
                        missing -> assertThat(missing.names())
                                .containsExactly("POLICYHUB_DB_MIGRATION_PASSWORD", "POLICYHUB_DB_MIGRATION_USERNAME"));
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("node", Map.of("POLICYHUB_DB_MIGRATE_ON_START", "false")));
        settings.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void theMigrateCommandNeedsTheDatabaseOnly() {
        var environment = environmentWithAllBut(
                "POLICYHUB_ISSUER_URI", "POLICYHUB_SMTP_HOST", "POLICYHUB_PUBLIC_BASE_URL", "POLICYHUB_DB_PASSWORD");
        settings.postProcessEnvironment(environment, new DatabaseMigration());

        var withoutOwner = environmentWithAllBut("POLICYHUB_DB_MIGRATION_PASSWORD");
        assertThatThrownBy(() -> settings.postProcessEnvironment(withoutOwner, new DatabaseMigration()))
                .isInstanceOfSatisfying(
                        RequiredSettings.MissingSettings.class,
                        missing -> assertThat(missing.names()).containsExactly("POLICYHUB_DB_MIGRATION_PASSWORD"));
    }

    private static StandardEnvironment environmentWithAllBut(String... absent) {
        var values = new HashMap<String, Object>();
        RequiredSettings.REQUIRED.keySet().forEach(name -> values.put(name, "set"));
        List.of(absent).forEach(values::remove);
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", values));
        return environment;
    }
}
