package io.policyhub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.BinaryResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence bundles: everything a practice needs to show who agreed to what, as one ZIP whose manifest fingerprints
 * every file. The tests run with pages of three rows, so every bundle here is read in several pages.
 */
class EvidenceBundlesIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestPractice practice;
    private String socialMedia;
    private String cancellations;
    private String ada;
    private String bob;
    private Map<String, String> tokens;

    @BeforeEach
    void aPracticeWithSeveralAcknowledgements() {
        practice = newPractice("Bundle Practice");
        socialMedia = practice.createPolicy("Social media policy", "# Social media\n\nWe do not follow clients.");
        practice.publish(socialMedia, "First", "MAJOR");
        ada = practice.addClient("Ada Lovelace", "ada." + practice.alias() + "@example.com");
        bob = practice.addClient("Bob Bobson", "bob." + practice.alias() + "@example.com");
        String carol = practice.addClient("Carol Carlsen", "carol." + practice.alias() + "@example.com");
        String dave = practice.addClient("Dave Davies", "dave." + practice.alias() + "@example.com");
        List<String> links = practice.assign(socialMedia, List.of(ada, bob, carol, dave));
        tokens = Map.of(ada, links.get(0), bob, links.get(1), carol, links.get(2), dave, links.get(3));
        practice.acknowledgeInPortal(tokens.get(ada), "Ada Lovelace");
        practice.acknowledgeInPortal(tokens.get(bob), "Bob Bobson");
        practice.acknowledgeInPortal(tokens.get(carol), "Carol Carlsen");
        practice.acknowledgeInPortal(tokens.get(dave), "Dave Davies");
        practice.editDraft(socialMedia, "Social media policy", "# Social media\n\nWe never follow clients.");
        practice.publish(socialMedia, "Never", "MAJOR");
        practice.acknowledgeInPortal(tokens.get(ada), "Ada Lovelace");

        cancellations = practice.createPolicy("Cancellations", "# Cancellations\n\n48 hours notice.");
        practice.publish(cancellations, "First", "MAJOR");
        practice.assign(cancellations, List.of(ada));
        ApiResponse inPerson = practice.admin()
                .post(
                        practice.path("/acknowledgements"),
                        Map.of("clientId", ada, "policyId", cancellations, "fullName", "Ada Lovelace"));
        assertThat(inPerson.status()).as(inPerson.toString()).isEqualTo(201);
    }

    @Test
    void aClientsBundleHoldsTheirVersionsReceiptsAndHistoryWithAManifestOfEveryFile() throws Exception {
        BinaryResponse response = practice.viewer().getBytes(practice.path("/clients/" + ada + "/evidence.zip"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValue("application/zip");
        assertThat(response.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "evidence-client-" + ada + ".zip"));
        Map<String, byte[]> files = unzip(response.body());

        assertThat(files.keySet().stream().filter(path -> path.startsWith("versions/")))
                .containsExactlyInAnyOrder(
                        "versions/" + socialMedia + "/social-media-policy-v1.pdf",
                        "versions/" + socialMedia + "/social-media-policy-v2.pdf",
                        "versions/" + cancellations + "/cancellations-v1.pdf");
        List<String> receipts = files.keySet().stream()
                .filter(path -> path.startsWith("receipts/") && path.endsWith(".jws"))
                .toList();
        assertThat(receipts).hasSize(3);
        assertThat(files.keySet().stream().filter(path -> path.startsWith("receipts/") && path.endsWith(".pdf")))
                .hasSize(3);
        for (String receipt : receipts) {
            ApiResponse verified = practice.viewer()
                    .post(
                            "/api/v1/receipts/verify",
                            Map.of("receipt", new String(files.get(receipt), StandardCharsets.US_ASCII)));
            assertThat(verified.text("verdict")).isEqualTo("GENUINE");
            assertThat(verified.json().get("receipt").get("clientId").asString())
                    .isEqualTo(ada);
        }
        assertThatManifestFingerprintsEveryOtherFile(files);
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("subject").get("type").asString()).isEqualTo("client");
        assertThat(manifest.get("subject").get("name").asString()).isEqualTo("Ada Lovelace");

        List<JsonNode> audit = auditLines(files);
        assertThat(audit)
                .allSatisfy(line -> assertThat(line.get("entityId").asString()).isEqualTo(ada));
        assertThat(audit)
                .extracting(line -> line.get("event").asString())
                .contains("CLIENT_CREATED", "CLIENT_ASSIGNED", "LINK_ISSUED")
                .filteredOn("ACKNOWLEDGED"::equals)
                .hasSize(3);
        assertThatEachEntryHashesItsPayload(audit);
    }

    @Test
    void aPolicysBundleHoldsEveryClientsAcknowledgementsOfItAndNothingOfOtherPolicies() throws Exception {
        BinaryResponse response =
                practice.viewer().getBytes(practice.path("/policies/" + socialMedia + "/evidence.zip"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, byte[]> files = unzip(response.body());

        assertThat(files.keySet().stream().filter(path -> path.startsWith("versions/")))
                .containsExactly(
                        "versions/" + socialMedia + "/social-media-policy-v1.pdf",
                        "versions/" + socialMedia + "/social-media-policy-v2.pdf");
        List<JsonNode> receipts = files.keySet().stream()
                .filter(path -> path.endsWith(".jws"))
                .map(path -> claims(files.get(path)))
                .toList();
        assertThat(receipts)
                .extracting(claims -> claims.get("fullName").asString() + " v"
                        + claims.get("version").asInt())
                .containsExactlyInAnyOrder(
                        "Ada Lovelace v1", "Bob Bobson v1", "Carol Carlsen v1", "Dave Davies v1", "Ada Lovelace v2");
        assertThat(receipts)
                .allSatisfy(
                        claims -> assertThat(claims.get("policyId").asString()).isEqualTo(socialMedia));
        assertThatManifestFingerprintsEveryOtherFile(files);

        List<JsonNode> audit = auditLines(files);
        assertThat(audit)
                .extracting(line -> line.get("event").asString())
                .contains("POLICY_DRAFTED", "POLICY_PUBLISHED", "CLIENT_ASSIGNED")
                .filteredOn("ACKNOWLEDGED"::equals)
                .hasSize(5);
        assertThat(audit)
                .allSatisfy(line -> assertThat(line.get("entityId").asString().equals(socialMedia)
                                || line.get("details")
                                        .get("policyId")
                                        .asString()
                                        .equals(socialMedia))
                        .isTrue());
        assertThat(audit)
                .extracting(line -> line.get("seq").asLong())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThatEachEntryHashesItsPayload(audit);
    }

    @Test
    void anUnknownClientOrPolicyIsAProblemNotAnEmptyZip() {
        ApiResponse client = practice.viewer().get(practice.path("/clients/" + UUID.randomUUID() + "/evidence.zip"));
        ApiResponse policy = practice.viewer().get(practice.path("/policies/" + UUID.randomUUID() + "/evidence.zip"));

        assertThat(client.status()).isEqualTo(404);
        assertThat(client.header("Content-Type")).hasValue("application/problem+json");
        assertThat(policy.status()).isEqualTo(404);
    }

    private static void assertThatManifestFingerprintsEveryOtherFile(Map<String, byte[]> files) throws Exception {
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode file : manifest.get("files").values()) {
            listed.put(file.get("path").asString(), file.get("sha256").asString());
            assertThat(file.get("bytes").asLong())
                    .isEqualTo(files.get(file.get("path").asString()).length);
        }
        assertThat(listed.keySet())
                .containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                        .filter(path -> !path.equals("manifest.json"))
                        .toList());
        for (var file : listed.entrySet()) {
            assertThat(sha256(files.get(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    private static void assertThatEachEntryHashesItsPayload(List<JsonNode> audit) throws Exception {
        assertThat(audit)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(sha256((line.get("prevHash").asString()
                                        + line.get("payload").asString())
                                .getBytes(StandardCharsets.UTF_8)))
                        .isEqualTo(line.get("hash").asString()));
    }

    private static List<JsonNode> auditLines(Map<String, byte[]> files) {
        return new String(files.get("audit/audit-extract.jsonl"), StandardCharsets.UTF_8)
                .lines()
                .map(JSON::readTree)
                .toList();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsKeys("README.txt", "manifest.json", "audit/audit-extract.jsonl");
        return files;
    }

    /** The claims of a compact JWS, decoded without checking it (the API checks the signatures elsewhere). */
    private static JsonNode claims(byte[] jws) {
        String payload = new String(jws, StandardCharsets.US_ASCII).split("\\.")[1];
        return JSON.readTree(Base64.getUrlDecoder().decode(payload));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
