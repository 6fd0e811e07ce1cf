package io.policyhub.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that seals practices' private signing keys at rest (AES-256-GCM). It comes from configuration, never
 * from the database, so a copy of the database alone cannot forge receipts. Each sealed value is bound to its
 * context (practice and key id): moved to another row, it no longer opens.
 */
public final class KeyEncryptionKey {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    private KeyEncryptionKey(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be " + KEY_BYTES + " bytes, not "
                    + key.length + " (generate one with: openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.id = fingerprint(key);
    }

    /** @param base64 32 random bytes, base64-encoded (for instance {@code openssl rand -base64 32}) */
    public static KeyEncryptionKey fromBase64(String base64) {
        try {
            return new KeyEncryptionKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(
                    "the key-encryption key must be 32 random bytes in base64 (openssl rand -base64 32): "
                            + notBase64.getMessage());
        }
    }

    public static KeyEncryptionKey generate() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return new KeyEncryptionKey(bytes);
    }

    /** Names this key without revealing it, so a sealed value says which key it needs. */
    public String id() {
        return id;
    }

    /** A fresh nonce followed by the ciphertext and its authentication tag. */
    public byte[] seal(byte[] plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, context).doFinalUnchecked(plaintext);
        byte[] result = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, result, NONCE_BYTES, sealed.length);
        return result;
    }

    /** @throws IllegalStateException if the value was altered, sealed under another key, or for another context */
    public byte[] open(byte[] sealed, String context) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException("sealed value too short");
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        return cipher(Cipher.DECRYPT_MODE, nonce, context)
                .doFinalUnchecked(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
    }

    private Gcm cipher(int mode, byte[] nonce, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new Gcm(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private record Gcm(Cipher cipher) {
        byte[] doFinalUnchecked(byte[] input) {
            try {
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("sealed value does not open with this key-encryption key", e);
            }
        }
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[" + id + "]";
    }
}
