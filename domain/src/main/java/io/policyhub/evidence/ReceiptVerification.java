package io.policyhub.evidence;

import java.util.Optional;

/**
 * The answer to "is this receipt genuine, and does it still match the evidence?"
 *
 * @param claims what the receipt states, once its signature has been verified; empty otherwise, so that nothing
 *     an unverified receipt says is ever echoed
 */
public record ReceiptVerification(ReceiptVerdict verdict, Optional<String> keyId, Optional<ReceiptClaims> claims) {

    public static ReceiptVerification failed(ReceiptVerdict verdict) {
        return new ReceiptVerification(verdict, Optional.empty(), Optional.empty());
    }

    /** The answer for a receipt of a practice the caller does not belong to: exactly that for an unknown key. */
    public static ReceiptVerification unknownKey() {
        return failed(ReceiptVerdict.UNKNOWN_KEY);
    }

    public boolean valid() {
        return verdict == ReceiptVerdict.GENUINE;
    }
}
