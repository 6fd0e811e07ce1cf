package io.policyhub.evidence;

import io.policyhub.practice.PracticeId;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of a practice's receipt signing key pairs (ECDSA P-256, for ES256 signatures). The private half is kept
 * only sealed under the {@link KeyEncryptionKey}; the public half is published. Keys are never changed or
 * deleted: rotating adds a newer one, and receipts signed with older keys stay verifiable.
 */
public final class ReceiptSigningKey {

    public static final String ALGORITHM = "ES256";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PracticeId practiceId;
    private final String keyId;
    private final ECPublicKey publicKey;
    private final byte[] sealedPrivateKey;
    private final String sealedWith;
    private final Instant createdAt;

    public ReceiptSigningKey(
            PracticeId practiceId,
            String keyId,
            ECPublicKey publicKey,
            byte[] sealedPrivateKey,
            String sealedWith,
            Instant createdAt) {
        this.practiceId = Objects.requireNonNull(practiceId);
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("not a key id: " + keyId);
        }
        this.keyId = keyId;
        this.publicKey = Objects.requireNonNull(publicKey);
        this.sealedPrivateKey = sealedPrivateKey.clone();
        this.sealedWith = Objects.requireNonNull(sealedWith);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new key pair for the practice, its private half sealed at once. */
    public static ReceiptSigningKey generate(PracticeId practice, KeyEncryptionKey kek, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] id = new byte[16];
            RANDOM.nextBytes(id);
            String keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
            byte[] sealed = kek.seal(pair.getPrivate().getEncoded(), context(practice, keyId));
            return new ReceiptSigningKey(practice, keyId, (ECPublicKey) pair.getPublic(), sealed, kek.id(), now);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a P-256 key pair", e);
        }
    }

    /** The private key, opened for one signing; never stored opened. */
    public ECPrivateKey open(KeyEncryptionKey kek) {
        if (!kek.id().equals(sealedWith)) {
            throw new IllegalStateException("receipt key " + keyId + " was sealed under key-encryption key "
                    + sealedWith + ", but the configured one is " + kek.id());
        }
        byte[] encoded = kek.open(sealedPrivateKey, context(practiceId, keyId));
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("receipt key " + keyId + " does not hold an EC private key", e);
        }
    }

    /** What binds a sealed key to its row: opened anywhere else, it fails. */
    private static String context(PracticeId practice, String keyId) {
        return "policyhub receipt signing key " + practice + " " + keyId;
    }

    public static ECPublicKey publicKeyOf(byte[] x509) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an EC public key", e);
        }
    }

    public PublicReceiptKey publicHalf() {
        return new PublicReceiptKey(keyId, publicKey, createdAt);
    }

    public PracticeId practiceId() {
        return practiceId;
    }

    public String keyId() {
        return keyId;
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    public byte[] sealedPrivateKey() {
        return sealedPrivateKey.clone();
    }

    /** The id of the key-encryption key that sealed the private half. */
    public String sealedWith() {
        return sealedWith;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
