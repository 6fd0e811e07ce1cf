package io.policyhub.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.BinaryResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receipts a practice, its client or anyone can check: a PDF with every fact of the acknowledgement, and the same
 * facts as a JWS signed with the practice's key, verifiable offline with its public keys and, by the practice,
 * against what is stored.
 */
class ReceiptsIT extends IntegrationTest {

    private TestPractice practice;
    private String policy;
    private String token;
    private String acknowledgement;
    private String contentHash;

    @BeforeEach
    void anAcknowledgedPolicy() {
        practice = newPractice("Receipt Practice");
        policy = practice.createPolicy("Social media policy", "# Social media\n\nWe do not follow clients.");
        contentHash = practice.publish(policy, "First", "MAJOR").text("contentHash");
        String client = practice.addClient("Ada Lovelace", "ada." + practice.alias() + "@example.com");
        token = practice.assign(policy, List.of(client)).get(0);
        acknowledgement =
                practice.acknowledgeInPortal(token, "Ada King Lovelace").text("id");
    }

    @Test
    void thePdfReceiptStatesEveryFactOfTheAcknowledgement() throws Exception {
        BinaryResponse pdf = practice.viewer().getBytes(receiptPath("pdf"));
        ApiResponse stored = practice.viewer().get(practice.path("/policies/" + policy + "/acknowledgements"));

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "receipt-" + acknowledgement + ".pdf"));
        String acknowledgedAt =
                stored.json().get("items").get(0).get("acknowledgedAt").asString();
        assertThat(text(pdf.body()).replace("\n", " "))
                .contains("Ada King Lovelace", "Receipt Practice", "Social media policy")
                .contains("Version 1", contentHash, acknowledgedAt, "UTC")
                .contains("Online, through the client's personal link", "127.0.0.1", acknowledgement);
    }

    @Test
    void aGenuineReceiptVerifiesAndStatesWhatWasAgreed() {
        String receipt = jws();

        ApiResponse verified = verify(practice, receipt);

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).isTrue();
        assertThat(verified.text("verdict")).isEqualTo("GENUINE");
        var claims = verified.json().get("receipt");
        assertThat(claims.get("acknowledgementId").asString()).isEqualTo(acknowledgement);
        assertThat(claims.get("fullName").asString()).isEqualTo("Ada King Lovelace");
        assertThat(claims.get("contentHash").asString()).isEqualTo(contentHash);
        assertThat(claims.get("version").asInt()).isEqualTo(1);
        assertThat(claims.get("method").asString()).isEqualTo("PORTAL");
    }

    @Test
    void anyoneChecksTheSignatureOfflineWithThePracticesPublicKeysAndSeesNoPrivateKey() throws Exception {
        String receipt = jws();

        ApiResponse jwks = anonymous().get("/api/v1/receipts/jwks/" + practice.id());

        assertThat(jwks.status()).as(jwks.toString()).isEqualTo(200);
        assertThat(jwks.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/jwk-set+json"));
        JWKSet keys = JWKSet.parse(jwks.raw());
        SignedJWT parsed = SignedJWT.parse(receipt);
        ECKey key = (ECKey) keys.getKeyByKeyId(parsed.getHeader().getKeyID());
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwks.raw()).doesNotContain("\"d\"");
        assertThat(parsed.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(parsed.getJWTClaimsSet().getStringClaim("contentHash")).isEqualTo(contentHash);
    }

    @Test
    void aReceiptWithAnEditedPayloadFailsItsSignature() {
        String tampered = ForgedReceipts.withEditedPayload(jws(), json -> json.replace("Ada King Lovelace", "Mallory"));

        ApiResponse verified = verify(practice, tampered);

        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(verified.text("verdict")).isEqualTo("SIGNATURE_INVALID");
        assertThat(verified.json().get("receipt").isNull()).isTrue();
    }

    @Test
    void aReceiptSignedWithAnotherKeyUnderThePracticesKeyIdFailsItsSignature() throws Exception {
        String receipt = jws();
        String keyId = SignedJWT.parse(receipt).getHeader().getKeyID();

        ApiResponse verified = verify(practice, ForgedReceipts.resignedWithAnotherKey(receipt, keyId));

        assertThat(verified.text("verdict")).isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void aReceiptSignedWithAKeyThePracticeNeverHadIsUnknown() throws Exception {
        ApiResponse verified = verify(practice, ForgedReceipts.resignedWithAnotherKey(jws(), "made-up-key-id-0001"));

        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(verified.text("verdict")).isEqualTo("UNKNOWN_KEY");
    }

    @Test
    void textThatIsNoReceiptIsMalformedAndAMissingOneIsAValidationError() {
        assertThat(verify(practice, "not.a.receipt").text("verdict")).isEqualTo("MALFORMED");
        assertThat(verify(practice, "eyJhbGciOiJub25lIn0.eyJ2ZXJzaW9uIjoxfQ.").text("verdict"))
                .isEqualTo("MALFORMED");

        ApiResponse missing = practice.viewer().post("/api/v1/receipts/verify", Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("receipt");
    }

    @Test
    void anotherPracticesReceiptGetsExactlyTheAnswerOfAnUnknownKey() throws Exception {
        TestPractice other = newPractice("Other Receipt Practice");
        String otherPolicy = other.createPolicy("Other policy", "# Other\n\nText.");
        other.publish(otherPolicy, "First", "MAJOR");
        String otherClient = other.addClient("Other Client", "other." + other.alias() + "@example.com");
        String otherAck = other.acknowledgeInPortal(
                        other.assign(otherPolicy, List.of(otherClient)).get(0), "Other Client")
                .text("id");
        String othersReceipt = other.viewer()
                .get(other.path("/acknowledgements/" + otherAck + "/receipt.jws"))
                .raw();
        String unknownKeyInOwnPractice = ForgedReceipts.resignedWithAnotherKey(
                ForgedReceipts.withEditedPayload(othersReceipt, json -> json.replace(other.id(), practice.id())),
                "made-up-key-id-0002");

        ApiResponse foreign = verify(practice, othersReceipt);
        ApiResponse unknown = verify(practice, unknownKeyInOwnPractice);

        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.text("verdict")).isEqualTo("UNKNOWN_KEY");
        assertThat(foreign.raw()).isEqualTo(unknown.raw()).doesNotContain("Other", otherAck);
        assertThat(verify(other, othersReceipt).text("verdict")).isEqualTo("GENUINE");
    }

    @Test
    void aReceiptNoLongerMatchesOnceTheStoredVersionTextWasRewritten() throws Exception {
        String receipt = jws();
        String rewritten = "# Social media\n\nWe follow every client.";
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            // Only a superuser switching off every trigger (the immutability ones and the foreign keys) gets here.
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update policy_version set content = '" + rewritten + "', content_hash = '"
                    + sha256(rewritten) + "' where policy_id = '" + policy + "' and number = 1");
        }

        ApiResponse verified = verify(practice, receipt);

        assertThat(verified.json().get("valid").asBoolean()).isFalse();
        assertThat(verified.text("verdict")).isEqualTo("VERSION_MISMATCH");
        assertThat(verified.json().get("receipt").get("contentHash").asString()).isEqualTo(contentHash);
    }

    @Test
    void aReceiptNoLongerMatchesOnceTheStoredAcknowledgementWasRewritten() throws Exception {
        String receipt = jws();
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate(
                    "update acknowledgement set full_name = 'Someone Else' where id = '" + acknowledgement + "'");
        }

        assertThat(verify(practice, receipt).text("verdict")).isEqualTo("ACKNOWLEDGEMENT_MISMATCH");
    }

    @Test
    void rotatingTheKeySignsNewReceiptsWithTheNewKeyWhileOldReceiptsStayVerifiable() throws Exception {
        String before = jws();
        String oldKey = SignedJWT.parse(before).getHeader().getKeyID();

        ApiResponse rotated = practice.admin().post(practice.path("/receipt-keys"), Map.of());
        String after = jws();

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        String newKey = rotated.text("keyId");
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKey);
        assertThat(verify(practice, before).text("verdict")).isEqualTo("GENUINE");
        assertThat(verify(practice, after).text("verdict")).isEqualTo("GENUINE");
        assertThat(JWKSet.parse(anonymous()
                                .get("/api/v1/receipts/jwks/" + practice.id())
                                .raw())
                        .getKeys())
                .extracting(key -> key.getKeyID())
                .containsExactly(newKey, oldKey);
        assertThat(practice.viewer().get(practice.path("/receipt-keys")).json().values())
                .extracting(key ->
                        key.get("keyId").asString() + ":" + key.get("inUse").asBoolean())
                .containsExactly(newKey + ":true", oldKey + ":false");
        assertThat(practice.viewer()
                        .post(practice.path("/receipt-keys"), Map.of())
                        .status())
                .as("only managers rotate keys")
                .isEqualTo(403);
        assertThat(practice.viewer()
                        .get(practice.path("/audit?event=RECEIPT_KEY_CREATED"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void theClientDownloadsTheirReceiptsThroughTheirLinkOnceTheyAgreed() throws Exception {
        BinaryResponse pdf = anonymous().getBytes("/portal/api/" + token + "/receipt.pdf");
        ApiResponse jws = anonymous().get("/portal/api/" + token + "/receipt.jws");

        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(text(pdf.body())).contains("Ada King Lovelace", contentHash);
        assertThat(jws.status()).isEqualTo(200);
        assertThat(jws.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/jose"));
        assertThat(verify(practice, jws.raw()).text("verdict")).isEqualTo("GENUINE");

        String notYet = practice.assign(
                        policy, List.of(practice.addClient("Not Yet", "not.yet." + practice.alias() + "@example.com")))
                .get(0);
        ApiResponse early = anonymous().get("/portal/api/" + notYet + "/receipt.jws");
        assertThat(early.status()).isEqualTo(404);
        assertThat(early.text("detail")).contains("agree to it first");
        assertThat(anonymous()
                        .get("/portal/api/" + "C".repeat(43) + "/receipt.pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theApiDocumentsReceiptsAndTheirPublicKeysNeedNoToken() {
        ApiResponse docs = anonymous().get("/v3/api-docs");

        var paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/receipts/verify")).isTrue();
        assertThat(paths.has("/api/v1/practices/{practiceId}/acknowledgements/{acknowledgementId}/receipt.pdf"))
                .isTrue();
        assertThat(paths.has("/api/v1/practices/{practiceId}/policies/{policyId}/evidence.zip"))
                .isTrue();
        assertThat(paths.get("/api/v1/receipts/jwks/{practiceId}")
                        .get("get")
                        .get("security")
                        .values())
                .as("documented as public")
                .isEmpty();
        assertThat(anonymous()
                        .post("/api/v1/receipts/verify", Map.of("receipt", jws()))
                        .status())
                .as("checking against the records needs a practice's token")
                .isEqualTo(401);
    }

    private String receiptPath(String extension) {
        return practice.path("/acknowledgements/" + acknowledgement + "/receipt." + extension);
    }

    private String jws() {
        ApiResponse response = practice.viewer().get(receiptPath("jws"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.raw();
    }

    private static ApiResponse verify(TestPractice caller, String receipt) {
        return caller.viewer().post("/api/v1/receipts/verify", Map.of("receipt", receipt));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
