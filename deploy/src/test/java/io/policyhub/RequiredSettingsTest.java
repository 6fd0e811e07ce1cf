package io.policyhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
