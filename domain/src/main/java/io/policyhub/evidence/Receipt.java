package io.policyhub.evidence;

import java.util.Objects;

/**
 * An issued receipt: its claims, and the same signed as a compact JWS with the practice's key {@code keyId}.
 * The PDF receipt shows both.
 */
public record Receipt(ReceiptClaims claims, String keyId, String jws) {

    public Receipt {
        Objects.requireNonNull(claims);
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(jws);
    }

    /** The name the receipt is downloaded under, e.g. {@code receipt-<acknowledgement id>.pdf}. */
    public String fileName(String extension) {
        return "receipt-" + claims.acknowledgementId() + "." + extension;
    }
}
