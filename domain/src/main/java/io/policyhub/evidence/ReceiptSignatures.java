package io.policyhub.evidence;

import io.policyhub.practice.PracticeId;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;

/**
 * The wire format of signed receipts (compact JWS, ES256). Reading is split in steps so nothing in a receipt is
 * believed before its signature is checked: the key id and claimed practice only say where to look for the key.
 */
public interface ReceiptSignatures {

    /** The claims signed with the private key named {@code keyId}, as a compact JWS. */
    String sign(ReceiptClaims claims, String keyId, ECPrivateKey key);

    /** The key id of a receipt, unverified; empty if the text is not a receipt this system could have signed. */
    Optional<String> keyIdOf(String receipt);

    /** The practice a receipt names, unverified: only to know whose keys to look in. */
    Optional<PracticeId> claimedPracticeOf(String receipt);

    /** Whether the receipt's signature is valid under {@code key}. */
    boolean signedBy(String receipt, ECPublicKey key);

    /** The claims of a receipt; empty if any is missing or malformed. Call only once the signature is checked. */
    Optional<ReceiptClaims> claimsOf(String receipt);
}
