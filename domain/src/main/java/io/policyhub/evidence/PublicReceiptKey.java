package io.policyhub.evidence;

import java.security.interfaces.ECPublicKey;
import java.time.Instant;

/** The public half of a receipt signing key: what anyone needs to check a receipt's signature. */
public record PublicReceiptKey(String keyId, ECPublicKey publicKey, Instant createdAt) {}
