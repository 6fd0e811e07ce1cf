package io.policyhub.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalIT extends IntegrationTest {

    private TestPractice practice;
    private String policy;
    private String client;
    private String token;

    @BeforeEach
    void assignedClient() {
        practice = newPractice("Portal Practice");
        policy = practice.createPolicy("Online sessions", "# Online sessions\n\nUse a private room.");
        practice.publish(policy, "First", "MAJOR");
        client = practice.addClient("Portal Client", "portal.client@example.com");
        token = practice.assign(policy, List.of(client)).get(0);
    }

    @Test
    void theLinkShowsTheExactVersionWithItsHash() {
        ApiResponse view = anonymous().get("/portal/api/" + token);
        ApiResponse version = practice.viewer().get(practice.path("/policies/" + policy + "/versions/1"));

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.text("practiceName")).isEqualTo("Portal Practice");
        assertThat(view.json().get("professionalBody").isNull())
                .as("no professional body named")
                .isTrue();
        assertThat(view.text("policyTitle")).isEqualTo("Online sessions");
        assertThat(view.json().get("version").asInt()).isEqualTo(1);
        assertThat(view.text("content")).isEqualTo(version.text("content"));
        assertThat(view.text("contentHash")).isEqualTo(version.text("contentHash"));
    }

    @Test
    void aRepeatedAcknowledgementReturnsTheSameRecord() {
        ApiResponse first = practice.acknowledgeInPortal(token, "Portal Client");
        ApiResponse again = practice.acknowledgeInPortal(token, "Portal Client");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(first.text("id"));
        assertThat(anonymous()
                        .get("/portal/api/" + token)
                        .json()
                        .get("acknowledged")
                        .asBoolean())
                .isTrue();
        ApiResponse evidence = practice.viewer().get(practice.path("/clients/" + client + "/acknowledgements"));
        assertThat(evidence.json().get("total").asInt()).isEqualTo(1);
        assertThat(evidence.json().get("items").get(0).get("method").asString()).isEqualTo("PORTAL");
        assertThat(evidence.json().get("items").get(0).get("ipAddress").asString())
                .isNotBlank();
    }

    @Test
    void aDoubleSubmittedFormRecordsExactlyOneAcknowledgement() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiResponse>> submits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                submits.add(() -> practice.acknowledgeInPortal(token, "Portal Client"));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> result : pool.invokeAll(submits)) {
                statuses.add(result.get().status());
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/acknowledgements"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void agreementMustBeExplicitAndSigned() {
        String path = "/portal/api/" + token + "/acknowledgements";

        assertThat(anonymous()
                        .post(path, Map.of("fullName", "Portal Client", "agreed", false))
                        .status())
                .isEqualTo(422);
        assertThat(anonymous()
                        .post(path, Map.of("fullName", "  ", "agreed", true))
                        .status())
                .isEqualTo(422);
        assertThat(anonymous().post(path, Map.of("agreed", true)).status()).isEqualTo(422);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/acknowledgements"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void anAcknowledgementOfASupersededVersionIsRefused() {
        practice.editDraft(policy, "Online sessions", "# Online sessions\n\nUse a private room and headphones.");
        practice.publish(policy, "Headphones", "MAJOR");

        ApiResponse stale = anonymous()
                .post(
                        "/portal/api/" + token + "/acknowledgements",
                        Map.of("fullName", "Portal Client", "agreed", true, "version", 1));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text("type")).endsWith("/version-superseded");
    }

    @Test
    void unknownRevokedAndExpiredLinksAreNotFoundOrGone() throws SQLException {
        assertThat(anonymous().get("/portal/api/" + "A".repeat(43)).status()).isEqualTo(404);
        assertThat(anonymous().get("/portal/api/not-even-a-token").status()).isEqualTo(404);

        String other = practice.addClient("Expiring Client", "expiring@example.com");
        String expiring = practice.assign(policy, List.of(other)).get(0);
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate(
                    "update portal_link set expires_at = now() - interval '1 minute' where client_id = '" + other
                            + "'");
        }
        ApiResponse expired = anonymous().get("/portal/api/" + expiring);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.header("Content-Type"))
                .hasValueSatisfying(contentType -> assertThat(contentType).startsWith("application/problem+json"));

        assertThat(practice.admin()
                        .delete(practice.path("/policies/" + policy + "/assignments/" + client))
                        .status())
                .isEqualTo(204);
        assertThat(anonymous().get("/portal/api/" + token).status()).isEqualTo(410);
        assertThat(practice.acknowledgeInPortal(token, "Portal Client").status())
                .isEqualTo(410);
    }

    @Test
    void linksOfAnErasedClientOrAnArchivedPolicyAreGone() {
        String erased = practice.addClient("Erased Client", "erased.client@example.com");
        String erasedToken = practice.assign(policy, List.of(erased)).get(0);
        assertThat(practice.admin().delete(practice.path("/clients/" + erased)).status())
                .isEqualTo(204);

        ApiResponse erasedView = anonymous().get("/portal/api/" + erasedToken);
        assertThat(erasedView.status()).isEqualTo(410);
        assertThat(erasedView.text("detail")).contains("Portal Practice");
        assertThat(anonymous().get("/portal/api/" + token).status()).isEqualTo(200);

        practice.admin().post(practice.path("/policies/" + policy + "/archive"), Map.of());
        assertThat(anonymous().get("/portal/api/" + token).status()).isEqualTo(410);
        assertThat(practice.acknowledgeInPortal(token, "Portal Client").status())
                .isEqualTo(410);
    }

    @Test
    void reassigningIsIdempotentAndReissuesOnlyDeadLinks() {
        ApiResponse again = practice.admin()
                .post(practice.path("/policies/" + policy + "/assignments"), Map.of("clientIds", List.of(client)));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("assignments").get(0).get("status").asString())
                .isEqualTo("ALREADY_ASSIGNED");
        assertThat(again.json().get("assignments").get(0).get("portalUrl").isNull())
                .isTrue();
        assertThat(anonymous().get("/portal/api/" + token).status()).isEqualTo(200);

        ApiResponse all = practice.admin()
                .post(practice.path("/policies/" + policy + "/assignments"), Map.of("allClients", true));
        assertThat(all.json().get("assignments").size()).isEqualTo(1);
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/compliance"))
                        .json()
                        .get("assigned")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void portalLinksAreAbsoluteUrlsOnTheConfiguredPublicBase() {
        String another = practice.addClient("Another", "another@example.com");
        ApiResponse response = practice.admin()
                .post(practice.path("/policies/" + policy + "/assignments"), Map.of("clientIds", List.of(another)));

        assertThat(response.json().get("assignments").get(0).get("portalUrl").asString())
                .matches("https://portal\\.policyhub\\.test/portal/[A-Za-z0-9_-]{43}");
    }

    @Test
    void staffRecordInPersonAcknowledgements() {
        ApiResponse recorded = practice.admin()
                .post(
                        practice.path("/acknowledgements"),
                        Map.of(
                                "clientId",
                                client,
                                "policyId",
                                policy,
                                "fullName",
                                "Portal Client",
                                "method",
                                "IN_PERSON"));
        ApiResponse byIntegrator = practice.integrator()
                .post(
                        practice.path("/acknowledgements"),
                        Map.of("clientId", client, "policyId", policy, "fullName", "Portal Client"));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.text("method")).isEqualTo("IN_PERSON");
        assertThat(recorded.text("recordedBy")).isEqualTo(practice.alias() + "-admin");
        assertThat(byIntegrator.status()).isEqualTo(200);
        assertThat(byIntegrator.text("id")).isEqualTo(recorded.text("id"));
        assertThat(practice.viewer()
                        .get(practice.path("/policies/" + policy + "/compliance"))
                        .json()
                        .get("acknowledged")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aLinkHammeredFasterThanAPersonCouldReadIsThrottledWithRetryAfter() {
        ApiResponse last = null;
        for (int i = 0; i < 300 && (last == null || last.status() == 200); i++) {
            last = anonymous().get("/portal/api/" + token);
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(last.text("type")).endsWith("/too-many-requests");
    }

    @Test
    void acknowledgementsExportAsCsvWithFormulaInjectionDefused() {
        practice.acknowledgeInPortal(token, "=HYPERLINK(\"https://evil.example\",\"click\")");

        ApiResponse csv = practice.viewer()
                .withHeader("Accept", "text/csv")
                .get(practice.path("/policies/" + policy + "/acknowledgements.csv"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String[] lines = csv.raw().split("\r\n");
        assertThat(lines[0]).startsWith("acknowledgementId,clientId,policyId,version,contentHash");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .contains(client, ",1,", "PORTAL", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"");
        assertThat(anonymous()
                        .get(practice.path("/policies/" + policy + "/acknowledgements.csv"))
                        .status())
                .isEqualTo(401);
    }
}
