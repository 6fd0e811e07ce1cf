package io.policyhub.evidence.api;

import io.policyhub.evidence.ReceiptSigningKey;
import java.time.Instant;

/** A signing key as staff see it: never its private half, sealed or not. */
record ReceiptKeyResponse(String keyId, String algorithm, Instant createdAt, boolean inUse) {

    static ReceiptKeyResponse of(ReceiptSigningKey key, boolean inUse) {
        return new ReceiptKeyResponse(key.keyId(), ReceiptSigningKey.ALGORITHM, key.createdAt(), inUse);
    }
}
