package io.policyhub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.practice.PracticeId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyEncryptionKeyTest {

    private final KeyEncryptionKey key = KeyEncryptionKey.generate();

    @Test
    void aSealedValueOpensOnlyWithTheSameKeyAndContext() {
        byte[] secret = "private key".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = key.seal(secret, "practice A key 1");

        assertThat(key.open(sealed, "practice A key 1")).isEqualTo(secret);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private key");
        assertThatThrownBy(() -> key.open(sealed, "practice B key 1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> KeyEncryptionKey.generate().open(sealed, "practice A key 1"))
                .isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> key.open(sealed, "practice A key 1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        byte[] secret = {1, 2, 3};

        assertThat(key.seal(secret, "c")).isNotEqualTo(key.seal(secret, "c"));
    }

    @Test
    void onlyThirtyTwoBase64BytesAreAKeyAndTheErrorSaysHowToMakeOne() {
        assertThatThrownBy(() -> KeyEncryptionKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> KeyEncryptionKey.fromBase64("not base64!")).hasMessageContaining("base64");
        String encoded = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(KeyEncryptionKey.fromBase64(encoded).id())
                .isEqualTo(KeyEncryptionKey.fromBase64(encoded).id());
        assertThat(KeyEncryptionKey.fromBase64(encoded).toString()).doesNotContain(encoded);
    }

    @Test
    void aGeneratedSigningKeyKeepsItsPrivateHalfSealedAndSaysWhichKeySealedIt() {
        PracticeId practice = PracticeId.random();

        ReceiptSigningKey signingKey = ReceiptSigningKey.generate(practice, key, Instant.EPOCH);

        assertThat(signingKey.sealedWith()).isEqualTo(key.id());
        assertThat(signingKey.open(key).getParams().getCurve())
                .isEqualTo(signingKey.publicKey().getParams().getCurve());
        assertThatThrownBy(() -> signingKey.open(KeyEncryptionKey.generate()))
                .hasMessageContaining("sealed under key-encryption key " + key.id());
    }
}
