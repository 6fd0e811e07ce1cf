package io.policyhub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminSession;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.BinaryResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence pages' downloads over real HTTP, in a signed-in session: each acknowledgement's receipt (PDF and
 * JWS) and the evidence bundles of a client and of a policy, the same files the REST API hands out. Viewers may
 * download them; another practice's acknowledgements, clients and policies are not found.
 */
class EvidenceDownloadsAdminIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestPractice aurora;
    private String policy;
    private String ada;
    private String grace;
    private String adasAcknowledgement;

    @BeforeEach
    void acknowledgements() {
        aurora = newPractice("Aurora Mind and Body");
        policy = aurora.createPolicy("Social media policy", "# Social media\n\nWe do not follow clients.");
        aurora.publish(policy, "First", "MAJOR");
        ada = aurora.addClient("Ada Lovelace", "ada." + aurora.alias() + "@example.com");
        grace = aurora.addClient("Grace Hopper", "grace." + aurora.alias() + "@example.com");
        List<String> tokens = aurora.assign(policy, List.of(ada, grace));
        adasAcknowledgement =
                aurora.acknowledgeInPortal(tokens.get(0), "Ada Lovelace").text("id");
        ApiResponse inPerson = aurora.admin()
                .post(
                        aurora.path("/acknowledgements"),
                        Map.of("clientId", grace, "policyId", policy, "fullName", "Grace Hopper"));
        assertThat(inPerson.status()).as(inPerson.toString()).isEqualTo(201);
    }

    @Test
    void bothEvidencePagesLinkEveryReceiptAndTheBundle() {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        Document policyPage = viewer.get("/admin/evidence/policies/" + policy).html();
        assertThat(policyPage.select("#policy-bundle").attr("href"))
                .isEqualTo("/admin/evidence/policies/" + policy + "/evidence.zip");
        assertThat(policyPage.select("table.evidence tbody tr"))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.select(".receipt-links a").eachAttr("href"))
                        .hasSize(2)
                        .allMatch(href ->
                                href.matches("/admin/evidence/acknowledgements/[0-9a-f-]{36}/receipt\\.(pdf|jws)")));
        Element adasRow = policyPage
                .select("table.evidence tbody tr:contains(Ada Lovelace)")
                .first();
        assertThat(adasRow.select(".receipt-links a").eachAttr("href"))
                .containsExactly(receipt(adasAcknowledgement, "pdf"), receipt(adasAcknowledgement, "jws"));
        assertThat(adasRow.select(".receipt-links a").first().text())
                .as("each link names whose receipt it is")
                .isEqualTo("PDF receipt: Ada Lovelace, version 1");

        Document clientPage = viewer.get("/admin/evidence/clients/" + ada).html();
        assertThat(clientPage.select("#client-bundle").attr("href"))
                .isEqualTo("/admin/evidence/clients/" + ada + "/evidence.zip");
        assertThat(clientPage.select("table.evidence .receipt-links a").eachAttr("href"))
                .containsExactly(receipt(adasAcknowledgement, "pdf"), receipt(adasAcknowledgement, "jws"));
        assertThat(clientPage.select("table.evidence .receipt-links a").last().text())
                .isEqualTo("JWS signed receipt: Social media policy, version 1");
    }

    @Test
    void aReceiptDownloadsAsAPdfToReadAndAJwsThatTheApiFindsGenuine() throws IOException {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        BinaryResponse pdf = viewer.download(receipt(adasAcknowledgement, "pdf"));
        BinaryResponse jws = viewer.download(receipt(adasAcknowledgement, "jws"));

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .hasValue("attachment; filename=\"receipt-" + adasAcknowledgement + ".pdf\"");
        assertThat(text(pdf.body()))
                .contains("Acknowledgement receipt", "Ada Lovelace", "Social media policy", adasAcknowledgement);
        assertThat(jws.status()).as(jws.toString()).isEqualTo(200);
        assertThat(jws.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/jose"));
        assertThat(jws.header("Content-Disposition"))
                .hasValue("attachment; filename=\"receipt-" + adasAcknowledgement + ".jws\"");
        ApiResponse verified = aurora.viewer()
                .post("/api/v1/receipts/verify", Map.of("receipt", new String(jws.body(), StandardCharsets.US_ASCII)));
        assertThat(verified.text("verdict")).isEqualTo("GENUINE");
        assertThat(verified.json().get("receipt").get("acknowledgementId").asString())
                .isEqualTo(adasAcknowledgement);
        assertThat(verified.json().get("receipt").get("fullName").asString()).isEqualTo("Ada Lovelace");
    }

    @Test
    void theBundlesOfAClientAndOfAPolicyHoldTheSameFilesAsTheApis() throws IOException {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        BinaryResponse clientBundle = viewer.download("/admin/evidence/clients/" + ada + "/evidence.zip");
        BinaryResponse policyBundle = viewer.download("/admin/evidence/policies/" + policy + "/evidence.zip");

        assertThat(clientBundle.status()).as(clientBundle.toString()).isEqualTo(200);
        assertThat(clientBundle.header("Content-Type")).hasValue("application/zip");
        assertThat(clientBundle.header("Content-Disposition"))
                .hasValue("attachment; filename=\"evidence-client-" + ada + ".zip\"");
        Map<String, byte[]> clientFiles = unzip(clientBundle.body());
        assertThat(clientFiles.keySet())
                .isEqualTo(unzip(aurora.viewer()
                                .getBytes(aurora.path("/clients/" + ada + "/evidence.zip"))
                                .body())
                        .keySet())
                .contains(
                        "receipts/receipt-" + adasAcknowledgement + ".pdf",
                        "receipts/receipt-" + adasAcknowledgement + ".jws");
        assertThat(manifest(clientFiles).get("subject").get("name").asString()).isEqualTo("Ada Lovelace");

        assertThat(policyBundle.status()).as(policyBundle.toString()).isEqualTo(200);
        assertThat(policyBundle.header("Content-Type")).hasValue("application/zip");
        assertThat(policyBundle.header("Content-Disposition"))
                .hasValue("attachment; filename=\"evidence-policy-" + policy + ".zip\"");
        Map<String, byte[]> policyFiles = unzip(policyBundle.body());
        assertThat(policyFiles.keySet())
                .isEqualTo(unzip(aurora.viewer()
                                .getBytes(aurora.path("/policies/" + policy + "/evidence.zip"))
                                .body())
                        .keySet());
        assertThat(policyFiles.keySet().stream().filter(path -> path.endsWith(".jws")))
                .as("Ada's and Grace's receipts")
                .hasSize(2);
        assertThat(manifest(policyFiles).get("subject").get("name").asString()).isEqualTo("Social media policy");
    }

    @Test
    void anotherPracticesReceiptsAndBundlesAreNotFound() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirPolicy = northside.createPolicy("Their policy", "Theirs.");
        northside.publish(theirPolicy, "First", "MAJOR");
        String theirClient = northside.addClient("Their Client", "theirs." + northside.alias() + "@example.com");
        String theirToken = northside.assign(theirPolicy, List.of(theirClient)).getFirst();
        String theirAcknowledgement =
                northside.acknowledgeInPortal(theirToken, "Their Client").text("id");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        for (String path : List.of(
                receipt(theirAcknowledgement, "pdf"),
                receipt(theirAcknowledgement, "jws"),
                "/admin/evidence/clients/" + theirClient + "/evidence.zip",
                "/admin/evidence/policies/" + theirPolicy + "/evidence.zip",
                receipt(UUID.randomUUID().toString(), "pdf"),
                receipt("not-an-id", "jws"))) {
            BinaryResponse refused = admin.download(path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.header("Content-Type"))
                    .as("a friendly page, not a half-written file: " + path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("Their Client");
        }
        assertThat(northside
                        .admin()
                        .getBytes(northside.path("/acknowledgements/" + theirAcknowledgement + "/receipt.pdf"))
                        .status())
                .as("their receipt exists, for them")
                .isEqualTo(200);
    }

    private static String receipt(String acknowledgement, String extension) {
        return "/admin/evidence/acknowledgements/" + acknowledgement + "/receipt." + extension;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(files).containsKeys("README.txt", "manifest.json", "audit/audit-extract.jsonl");
        return files;
    }

    private static JsonNode manifest(Map<String, byte[]> files) {
        return JSON.readTree(files.get("manifest.json"));
    }
}
