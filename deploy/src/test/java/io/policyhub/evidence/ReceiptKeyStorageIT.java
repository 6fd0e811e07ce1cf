package io.policyhub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.practice.PracticeId;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing keys at rest: private halves only ever sealed under the configured key-encryption key, each practice's
 * keys visible to that practice alone, and no key changeable or removable once stored.
 */
class ReceiptKeyStorageIT extends IntegrationTest {

    private TestPractice practice;
    private TestPractice other;

    @BeforeEach
    void twoPracticesWithKeys() {
        practice = newPractice("Key Storage Practice");
        other = newPractice("Other Key Storage Practice");
        assertThat(practice.admin()
                        .post(practice.path("/receipt-keys"), Map.of())
                        .status())
                .isEqualTo(201);
        assertThat(other.admin().post(other.path("/receipt-keys"), Map.of()).status())
                .isEqualTo(201);
    }

    @Test
    void thePrivateKeyIsStoredSealedAndOpensOnlyWithTheConfiguredKeyForItsOwnRow() throws Exception {
        ReceiptSigningKey stored = storedKey(practice.id());
        KeyEncryptionKey configured = KeyEncryptionKey.fromBase64(RECEIPT_KEY_ENCRYPTION_KEY);

        assertThat(stored.sealedWith()).isEqualTo(configured.id());
        assertThat(signsFor(stored, stored.open(configured))).isTrue();
        assertThatThrownBy(() -> stored.open(KeyEncryptionKey.generate())).isInstanceOf(IllegalStateException.class);
        var movedToAnotherPractice = new ReceiptSigningKey(
                new PracticeId(UUID.fromString(other.id())),
                stored.keyId(),
                stored.publicKey(),
                stored.sealedPrivateKey(),
                stored.sealedWith(),
                stored.createdAt());
        assertThatThrownBy(() -> movedToAnotherPractice.open(configured))
                .as("a sealed key copied to another practice's row does not open")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theApplicationRoleSeesOnlyItsPracticesKeysAndCanNeitherChangeNorRemoveOne() throws SQLException {
        List<String> forbidden = List.of(
                "update receipt_signing_key set public_key = sealed_private_key",
                "update receipt_signing_key set created_at = now() + interval '1 day'",
                "delete from receipt_signing_key",
                "truncate receipt_signing_key");
        for (String sql : forbidden) {
            try (Connection app = TestDatabase.get().applicationConnection();
                    Statement statement = app.createStatement()) {
                app.setAutoCommit(false);
                statement.execute("select set_config('app.practice_id', '" + practice.id() + "', true)");
                ResultSet visible = statement.executeQuery("select distinct practice_id from receipt_signing_key");
                visible.next();
                assertThat(visible.getString(1)).isEqualTo(practice.id());
                assertThat(visible.next()).isFalse();
                assertThatThrownBy(() -> statement.execute(sql)).as(sql).hasMessageContaining("permission denied");
                app.rollback();
            }
        }
    }

    @Test
    void evenTheSchemaOwnerCannotRewriteAStoredKey() throws SQLException {
        for (String sql :
                List.of("update receipt_signing_key set sealed_with = 'other'", "delete from receipt_signing_key")) {
            try (Connection owner = TestDatabase.get().superuserConnection();
                    Statement statement = owner.createStatement()) {
                assertThatThrownBy(() -> statement.execute(sql)).as(sql).hasMessageContaining("immutable evidence");
            }
        }
    }

    @Test
    void aPracticeCannotPlantAKeyInAnotherPractice() throws SQLException {
        try (Connection app = TestDatabase.get().applicationConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("select set_config('app.practice_id', '" + practice.id() + "', true)");
            assertThatThrownBy(() -> statement.execute("insert into receipt_signing_key (practice_id, key_id,"
                            + " algorithm, public_key, sealed_private_key, sealed_with, created_at) values ('"
                            + other.id() + "', 'planted-key-0001', 'ES256', '\\x00', '\\x00', 'x', now())"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    private static ReceiptSigningKey storedKey(String practiceId) throws SQLException {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            ResultSet row = statement.executeQuery("select key_id, public_key, sealed_private_key, sealed_with,"
                    + " created_at from receipt_signing_key where practice_id = '" + practiceId + "'");
            assertThat(row.next()).isTrue();
            return new ReceiptSigningKey(
                    new PracticeId(UUID.fromString(practiceId)),
                    row.getString(1),
                    ReceiptSigningKey.publicKeyOf(row.getBytes(2)),
                    row.getBytes(3),
                    row.getString(4),
                    row.getTimestamp(5).toInstant());
        }
    }

    private static boolean signsFor(ReceiptSigningKey key, PrivateKey privateKey) throws Exception {
        byte[] message = "policyhub".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key.publicKey());
        verifier.update(message);
        return verifier.verify(signature);
    }
}
