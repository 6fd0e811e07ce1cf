package io.policyhub.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.Api;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every endpoint as another practice: through the victim's practice path and through the intruder's
 * own path with the victim's ids. Every attempt must fail as "not found" (or name the ids as unknown) and
 * leave the victim's data exactly as it was.
 */
class TenantIsolationIT extends IntegrationTest {

    private TestPractice victim;
    private TestPractice intruder;
    private String policy;
    private String client;
    private String acknowledgement;
    private String snapshot;

    /** A 1×1 PNG, for the logo endpoints. */
    private static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    + "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");

    @BeforeEach
    void twoPractices() {
        victim = newPractice("Victim Practice");
        intruder = newPractice("Intruder Practice");
        policy = victim.createPolicy("Confidentiality", "# Confidentiality\n\nWhat we keep private.");
        victim.publish(policy, "First", "MAJOR");
        client = victim.addClient("Victim Client", "victim.client@example.com");
        List<String> links = victim.assign(policy, List.of(client));
        acknowledgement =
                victim.acknowledgeInPortal(links.get(0), "Victim Client").text("id");
        // A signing key, a brand colour and a logo of the victim's, for the intruder to go after.
        victim.viewer().get(victim.path("/acknowledgements/" + acknowledgement + "/receipt.jws"));
        victim.admin().patch(victim.path(""), Map.of("brandColour", "#1D4E89", "reminderDays", List.of(2, 4)));
        victim.admin().sendBody("PUT", victim.path("/logo"), "image/png", PNG);
        // The invitation e-mail goes out in the background; let it, so the snapshot is of a quiet practice.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> victim.viewer()
                        .get(victim.path("/clients/" + client + "/emails"))
                        .raw()
                        .contains("\"SENT\""));
        snapshot = victimData();
    }

    @Test
    void anotherPracticesAdminGetsNotFoundOnEveryEndpointOfThisPractice() {
        Api intruderAdmin = intruder.admin();
        String p = "/api/v1/practices/" + victim.id();
        Map<String, Object> draft = Map.of("title", "Hijacked", "content", "Hijacked");

        List<ApiResponse> attempts = List.of(
                intruderAdmin.get(p),
                intruderAdmin.patch(p, Map.of("name", "Hijacked")),
                intruderAdmin.get(p + "/policies"),
                intruderAdmin.post(p + "/policies", draft),
                intruderAdmin.get(p + "/policies/" + policy),
                intruderAdmin.withHeader("If-Match", "\"1\"").put(p + "/policies/" + policy + "/draft", draft),
                intruderAdmin.post(
                        p + "/policies/" + policy + "/versions", Map.of("changeSummary", "x", "changeKind", "MAJOR")),
                intruderAdmin.get(p + "/policies/" + policy + "/versions"),
                intruderAdmin.get(p + "/policies/" + policy + "/versions/1"),
                intruderAdmin.post(p + "/policies/" + policy + "/archive", Map.of()),
                intruderAdmin.get(p + "/policies/" + policy + "/acknowledgements"),
                intruderAdmin.get(p + "/policies/" + policy + "/compliance"),
                intruderAdmin.post(p + "/policies/" + policy + "/assignments", Map.of("clientIds", List.of(client))),
                intruderAdmin.delete(p + "/policies/" + policy + "/assignments/" + client),
                intruderAdmin.get(p + "/clients"),
                intruderAdmin.post(p + "/clients", Map.of("displayName", "Spy", "email", "spy@example.com")),
                intruderAdmin.get(p + "/clients/" + client),
                intruderAdmin.patch(p + "/clients/" + client, Map.of("displayName", "Hijacked")),
                intruderAdmin.delete(p + "/clients/" + client),
                intruderAdmin.get(p + "/clients/" + client + "/acknowledgements"),
                intruderAdmin.post(
                        p + "/acknowledgements", Map.of("clientId", client, "policyId", policy, "fullName", "Forged")),
                intruderAdmin.get(p + "/audit"),
                intruderAdmin.get(p + "/audit/verify"),
                intruderAdmin.get(p + "/clients/" + client + "/emails"),
                intruderAdmin.post(p + "/policies/" + policy + "/assignments/" + client + "/resend", Map.of()),
                intruderAdmin.post(p + "/policies/import", Map.of("format", "TEXT", "text", "Planted\n\nText")),
                intruderAdmin.get(p + "/policies/" + policy + "/versions/1/diff?against=1"),
                intruderAdmin.withHeader("Accept", "text/html").get(p + "/policies/" + policy + "/versions/1"),
                intruderAdmin.withHeader("Accept", "application/pdf").get(p + "/policies/" + policy + "/versions/1"),
                intruderAdmin.get(p + "/policies/" + policy + "/template-upgrade"),
                intruderAdmin.get(p + "/templates"),
                intruderAdmin.patch(p, Map.of("brandColour", "#000000", "reminderDays", List.of(1))),
                intruderAdmin.get(p + "/logo"),
                intruderAdmin.sendBody("PUT", p + "/logo", "image/png", PNG),
                intruderAdmin.delete(p + "/logo"),
                intruderAdmin.get(p + "/receipt-keys"),
                intruderAdmin.post(p + "/receipt-keys", Map.of()),
                intruderAdmin.get(p + "/acknowledgements/" + acknowledgement + "/receipt.pdf"),
                intruderAdmin.get(p + "/acknowledgements/" + acknowledgement + "/receipt.jws"),
                intruderAdmin.get(p + "/clients/" + client + "/evidence.zip"),
                intruderAdmin.get(p + "/policies/" + policy + "/evidence.zip"));

        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.raw()).doesNotContain("Victim", victim.alias());
        });
        assertThat(victimData()).isEqualTo(snapshot);
    }

    @Test
    void theVictimsIdsThroughTheIntrudersOwnPracticeAreUnknownToo() {
        Api intruderAdmin = intruder.admin();
        String ownPolicy = intruder.createPolicy("Own policy", "# Own");
        intruder.publish(ownPolicy, "First", "MAJOR");
        Map<String, Object> draft = Map.of("title", "Hijacked", "content", "Hijacked");

        List<ApiResponse> notFound = List.of(
                intruderAdmin.get(intruder.path("/policies/" + policy)),
                intruderAdmin
                        .withHeader("If-Match", "\"1\"")
                        .put(intruder.path("/policies/" + policy + "/draft"), draft),
                intruderAdmin.post(
                        intruder.path("/policies/" + policy + "/versions"),
                        Map.of("changeSummary", "x", "changeKind", "MAJOR")),
                intruderAdmin.get(intruder.path("/policies/" + policy + "/versions/1")),
                intruderAdmin.post(intruder.path("/policies/" + policy + "/archive"), Map.of()),
                intruderAdmin.get(intruder.path("/policies/" + policy + "/compliance")),
                intruderAdmin.get(intruder.path("/policies/" + policy + "/acknowledgements")),
                intruderAdmin.get(intruder.path("/clients/" + client)),
                intruderAdmin.patch(intruder.path("/clients/" + client), Map.of("displayName", "Hijacked")),
                intruderAdmin.delete(intruder.path("/clients/" + client)),
                intruderAdmin.get(intruder.path("/clients/" + client + "/acknowledgements")),
                intruderAdmin.delete(intruder.path("/policies/" + ownPolicy + "/assignments/" + client)),
                intruderAdmin.get(intruder.path("/clients/" + client + "/emails")),
                intruderAdmin.post(
                        intruder.path("/policies/" + ownPolicy + "/assignments/" + client + "/resend"), Map.of()),
                intruderAdmin.get(intruder.path("/policies/" + policy + "/versions/1/diff?against=1")),
                intruderAdmin
                        .withHeader("Accept", "text/html")
                        .get(intruder.path("/policies/" + policy + "/versions/1")),
                intruderAdmin.get(intruder.path("/policies/" + policy + "/template-upgrade")),
                intruderAdmin.get(intruder.path("/acknowledgements/" + acknowledgement + "/receipt.pdf")),
                intruderAdmin.get(intruder.path("/acknowledgements/" + acknowledgement + "/receipt.jws")),
                intruderAdmin.get(intruder.path("/clients/" + client + "/evidence.zip")),
                intruderAdmin.get(intruder.path("/policies/" + policy + "/evidence.zip")));
        List<ApiResponse> unknownReferences = List.of(
                intruderAdmin.post(
                        intruder.path("/policies/" + ownPolicy + "/assignments"), Map.of("clientIds", List.of(client))),
                intruderAdmin.post(
                        intruder.path("/acknowledgements"),
                        Map.of("clientId", client, "policyId", policy, "fullName", "Forged")));

        assertThat(notFound)
                .allSatisfy(response ->
                        assertThat(response.status()).as(response.toString()).isEqualTo(404));
        assertThat(unknownReferences)
                .allSatisfy(response ->
                        assertThat(response.status()).as(response.toString()).isEqualTo(422));
        assertThat(intruderAdmin
                        .get(intruder.path("/clients"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(intruderAdmin.get(intruder.path("/receipt-keys")).json().values())
                .as("looking up the victim's acknowledgements made the intruder no key")
                .isEmpty();
        assertThat(victimData()).isEqualTo(snapshot);
    }

    @Test
    void practiceListsShowOnlyTheCallersOwnPractice() {
        ApiResponse list = intruder.integrator().get("/api/v1/practices?size=200");

        assertThat(list.json().get("items").values())
                .extracting(item -> item.get("id").asString())
                .containsExactly(intruder.id());
    }

    @Test
    void aPlatformAdministratorManagesPracticeProfilesButNeverReadsTheirClientsData() {
        Api platform =
                anonymous().withToken(TestIssuer.tokenFor("platform-isolation", List.of("platform-admin"), List.of()));

        assertThat(platform.get(victim.path("")).status()).isEqualTo(200);
        assertThat(platform.get(victim.path("/clients")).status()).isEqualTo(404);
        assertThat(platform.get(victim.path("/policies/" + policy)).status()).isEqualTo(404);
        assertThat(platform.get(victim.path("/policies/" + policy + "/acknowledgements"))
                        .status())
                .isEqualTo(404);
    }

    private String victimData() {
        Api admin = victim.admin();
        return String.join(
                "\n",
                admin.get(victim.path("")).raw(),
                admin.get(victim.path("/policies/" + policy)).raw(),
                admin.get(victim.path("/policies/" + policy + "/versions")).raw(),
                admin.get(victim.path("/clients?size=200")).raw(),
                admin.get(victim.path("/policies/" + policy + "/acknowledgements"))
                        .raw(),
                admin.get(victim.path("/policies/" + policy + "/compliance")).raw(),
                admin.get(victim.path("/audit?size=200")).raw(),
                admin.get(victim.path("/receipt-keys")).raw(),
                Arrays.toString(admin.getBytes(victim.path("/logo")).body()));
    }
}
