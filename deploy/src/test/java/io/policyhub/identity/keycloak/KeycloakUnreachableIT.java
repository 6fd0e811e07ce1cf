package io.policyhub.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.FreePorts;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestIssuer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application provisioning in a Keycloak that nobody runs (a port nobody listens on): every provisioning
 * request answers 503 and leaves nothing behind, so the same request can simply be sent again later; the settings
 * page still works, and says why its team cannot be shown or changed.
 */
class KeycloakUnreachableIT extends IntegrationTest {

    private static final int DEAD_PORT = FreePorts.freePort(); // and nobody is started on it

    @DynamicPropertySource
    static void keycloakNobodyRuns(DynamicPropertyRegistry registry) {
        registry.add("policyhub.keycloak.url", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("policyhub.keycloak.realm", () -> "policyhub");
        registry.add("policyhub.keycloak.admin-client-id", () -> "policyhub-provisioner");
        registry.add("policyhub.keycloak.admin-client-secret", () -> "unused");
    }

    @Test
    void registeringAPracticeFailsWith503AndLeavesNoPracticeBehind() throws SQLException {
        String alias = "p-" + UUID.randomUUID().toString().substring(0, 12);
        var registration =
                Map.of("name", "Unlucky Practice", "alias", alias, "firstAdminEmail", "lee@" + alias + ".ex");

        ApiResponse first = platform().post("/api/v1/practices", registration);
        ApiResponse again = platform().post("/api/v1/practices", registration);

        assertThat(first.status()).as(first.toString()).isEqualTo(503);
        assertThat(first.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(first.text("type")).isEqualTo("https://policyhub.io/problems/identity-provider-unavailable");
        assertThat(first.text("title")).isEqualTo("Identity provider unavailable");
        assertThat(first.text("detail")).contains("Nothing was changed").doesNotContain(String.valueOf(DEAD_PORT));
        assertThat(first.header("Retry-After")).contains("30");
        assertThat(again.status()).as("not 409: the alias was never taken").isEqualTo(503);
        assertThat(practicesWithAlias(alias)).isZero();
    }

    @Test
    void invitingStaffOrCreatingAnIntegrationFailsWith503() {
        var practice = newPracticeInDatabaseOnly();
        Api admin = adminOf(practice);

        ApiResponse invite = admin.post(
                "/api/v1/practices/" + practice.id() + "/members",
                Map.of("email", "jo@" + practice.alias() + ".example", "role", "practice-viewer"));
        ApiResponse integration =
                admin.post("/api/v1/practices/" + practice.id() + "/integrations", Map.of("name", "Cliniko"));

        assertThat(invite.status()).as(invite.toString()).isEqualTo(503);
        assertThat(integration.status()).as(integration.toString()).isEqualTo(503);
        assertThat(integration.raw()).doesNotContain("clientSecret");
    }

    @Test
    void theTeamCannotBeListedChangedOrRemovedAndSays503() {
        var practice = newPracticeInDatabaseOnly();
        Api admin = adminOf(practice);
        String member = "/api/v1/practices/" + practice.id() + "/members/" + UUID.randomUUID();

        ApiResponse team = admin.get("/api/v1/practices/" + practice.id() + "/members");
        ApiResponse changed = admin.patch(member, Map.of("role", "practice-viewer"));
        ApiResponse removed = admin.delete(member);

        assertThat(List.of(team.status(), changed.status(), removed.status())).containsOnly(503);
        assertThat(removed.text("type")).isEqualTo("https://policyhub.io/problems/identity-provider-unavailable");
        assertThat(removed.header("Retry-After")).contains("30");
    }

    @Test
    void theSettingsPageStillWorksAndExplainsThatTheTeamCannotBeShownOrChanged() {
        var practice = newPracticeInDatabaseOnly();
        adminOf(practice);
        AdminSession session = AdminSession.signIn(baseUrl(), practice.alias() + "-admin");
        String member = "/admin/settings/team/" + UUID.randomUUID();

        AdminPage settings = session.get("/admin/settings");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.html().select("#team-unavailable").text())
                .isEqualTo("The sign-in service could not be reached, so the team cannot be shown right now. Please"
                        + " try again in a moment.");
        assertThat(settings.html().select("#name").val()).isEqualTo("Legacy Practice");
        AdminPage changed = session.post(member + "/role", Map.of("role", "practice-viewer"));
        assertThat(changed.status()).isEqualTo(503);
        assertThat(changed.header("Retry-After")).hasValue("30");
        assertThat(changed.html().select("#team-error p").text())
                .isEqualTo("The sign-in service could not be reached, so nothing was changed. Please try again in"
                        + " a moment.");
        assertThat(session.post(member + "/remove", Map.of()).status()).isEqualTo(503);
        AdminPage confirmation = session.get(member + "/remove");
        assertThat(confirmation.status()).isEqualTo(503);
        assertThat(confirmation.html().select("h1").text()).isEqualTo("Please try again in a moment");
    }

    private Api adminOf(StoredPractice practice) {
        return anonymous()
                .withToken(TestIssuer.tokenFor(
                        practice.alias() + "-admin", List.of("practice-admin"), List.of(practice.alias())));
    }

    private Api platform() {
        return anonymous().withToken(TestIssuer.tokenFor("platform-unreachable", List.of("platform-admin"), List.of()));
    }

    private record StoredPractice(UUID id, String alias) {}

    /** A practice as one registered before provisioning existed: in the database, with no organization. */
    private static StoredPractice newPracticeInDatabaseOnly() {
        var practice = new StoredPractice(
                UUID.randomUUID(), "p-" + UUID.randomUUID().toString().substring(0, 12));
        try (Connection db = TestDatabase.get().superuserConnection();
                PreparedStatement insert = db.prepareStatement(
                        "insert into practice (id, name, alias, created_at) values (?, 'Legacy Practice', ?, now())")) {
            insert.setObject(1, practice.id());
            insert.setString(2, practice.alias());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return practice;
    }

    private static int practicesWithAlias(String alias) throws SQLException {
        try (Connection db = TestDatabase.get().superuserConnection();
                PreparedStatement query = db.prepareStatement("select count(*) from practice where alias = ?")) {
            query.setString(1, alias);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
