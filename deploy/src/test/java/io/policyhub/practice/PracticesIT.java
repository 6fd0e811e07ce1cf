package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PracticesIT extends IntegrationTest {

    private Api platform() {
        return anonymous().withToken(TestIssuer.tokenFor("platform-practices", List.of("platform-admin"), List.of()));
    }

    @Test
    void aPlatformAdministratorRegistersPracticesWithUniqueAliases() {
        TestPractice practice = newPractice("Harbour Therapy");

        Api platform = platform();
        ApiResponse duplicate =
                platform.post("/api/v1/practices", Map.of("name", "Copycat", "alias", practice.alias()));
        ApiResponse badAlias = platform.post("/api/v1/practices", Map.of("name", "Bad", "alias", "Not An Alias!"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(badAlias.status()).isEqualTo(422);
        assertThat(badAlias.json().get("errors").get(0).get("field").asString()).isEqualTo("alias");
        assertThat(platform.get("/api/v1/practices?size=200")
                        .json()
                        .get("items")
                        .values())
                .extracting(item -> item.get("id").asString())
                .contains(practice.id());
    }

    @Test
    void aTokenOfAnOrganizationRegisteredLaterFindsItsPracticeAtOnce() {
        String alias = "later-" + Long.toHexString(System.nanoTime());
        Api early =
                anonymous().withToken(TestIssuer.tokenFor("early-" + alias, List.of("practice-admin"), List.of(alias)));
        assertThat(early.get("/api/v1/practices").json().get("total").asInt()).isZero();

        ApiResponse registered = platform().post("/api/v1/practices", Map.of("name", "Later Practice", "alias", alias));

        assertThat(registered.status()).isEqualTo(201);
        ApiResponse visible = early.get("/api/v1/practices");
        assertThat(visible.json().get("total").asInt()).isEqualTo(1);
        assertThat(visible.json().get("items").get(0).get("id").asString()).isEqualTo(registered.text("id"));
        assertThat(early.get("/api/v1/practices/" + registered.text("id")).status())
                .isEqualTo(200);
    }

    @Test
    void onlyPlatformAdministratorsRegisterPractices() {
        TestPractice practice = newPractice("Not A Platform");

        ApiResponse response = practice.admin()
                .post("/api/v1/practices", Map.of("name", "Sneaky", "alias", "sneaky-" + practice.alias()));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void practiceAdminsEditTheirProfileAndViewersCannot() {
        TestPractice practice = newPractice("Old Name");
        var patch = new HashMap<String, Object>();
        patch.put("name", "New Name");
        patch.put("contactEmail", null);

        ApiResponse changed = practice.admin().patch(practice.path(""), patch);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("name")).isEqualTo("New Name");
        assertThat(changed.json().get("contactEmail").isNull()).isTrue();
        assertThat(practice.viewer()
                        .patch(practice.path(""), Map.of("name", "Viewer was here"))
                        .status())
                .isEqualTo(403);
        assertThat(practice.admin()
                        .patch(practice.path(""), Map.of("alias", "changed"))
                        .status())
                .isEqualTo(422);
        assertThat(practice.viewer().get(practice.path("")).text("name")).isEqualTo("New Name");
    }

    @Test
    void theProfessionalBodyAndSenderNameArePatchedClearedAndChecked() {
        TestPractice practice = newPractice("Harbour Therapy");
        TestPractice other = newPractice("Other Practice");

        ApiResponse changed = practice.admin()
                .patch(
                        practice.path(""),
                        Map.of("professionalBody", "UK Council for Psychotherapy", "emailSenderName", "Harbour Team"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("professionalBody")).isEqualTo("UK Council for Psychotherapy");
        assertThat(changed.text("emailSenderName")).isEqualTo("Harbour Team");
        ApiResponse audited = practice.viewer().get(practice.path("/audit?event=PRACTICE_CHANGED"));
        assertThat(audited.json()
                        .get("items")
                        .get(0)
                        .get("details")
                        .get("fields")
                        .toString())
                .isEqualTo("[\"email_sender_name\",\"professional_body\"]");
        ApiResponse forged =
                practice.admin().patch(practice.path(""), Map.of("emailSenderName", "Harbour\r\nBcc: x@example.com"));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.json().get("errors").get(0).get("field").asString()).isEqualTo("emailSenderName");
        ApiResponse intruder = other.admin().patch(practice.path(""), Map.of("emailSenderName", "Intruder"));
        assertThat(intruder.status()).as("another practice's profile").isEqualTo(404);
        assertThat(practice.viewer().get(practice.path("")).text("emailSenderName"))
                .isEqualTo("Harbour Team");

        var clear = new HashMap<String, Object>();
        clear.put("professionalBody", null);
        clear.put("emailSenderName", null);
        ApiResponse cleared = practice.admin().patch(practice.path(""), clear);
        assertThat(cleared.json().get("professionalBody").isNull()).isTrue();
        assertThat(cleared.json().get("emailSenderName").isNull()).isTrue();
        assertThat(cleared.text("name")).isEqualTo("Harbour Therapy");
    }

    @Test
    void theDatabaseItselfRefusesASenderNameThatCouldForgeAMailHeader() throws SQLException {
        TestPractice practice = newPractice("Header Practice");
        try (Connection owner = TestDatabase.get().superuserConnection();
                PreparedStatement update =
                        owner.prepareStatement("update practice set email_sender_name = ? where id = ?::uuid")) {
            update.setString(2, practice.id());
            for (String forged :
                    List.of("Harbour\r\nBcc: x@example.com", "Harbour <x@example.com>", "Two\u2028lines")) {
                update.setString(1, forged);
                assertThatThrownBy(update::executeUpdate).as(forged).hasMessageContaining("email_sender_name");
            }
            update.setString(1, "Harbour Team");
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void theApiDescribesItselfAndReportsHealthWithoutAToken() {
        ApiResponse openApi = anonymous().get("/v3/api-docs");
        ApiResponse health = anonymous().get("/readyz");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("paths").has("/api/v1/practices/{practiceId}/policies/{policyId}/versions"))
                .isTrue();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }
}
