package io.policyhub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * One link of a practice's audit chain. {@code hash} is the SHA-256 of {@code prevHash} followed by the
 * canonical {@code payload}, which holds every field; the other fields are the payload's, for querying.
 *
 * @param detailsJson the event's details as a JSON object (never a client's personal data)
 * @param fieldsMatchPayload whether the queryable fields still say what the hashed payload says
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String event,
        Optional<UUID> entityId,
        String detailsJson,
        String payload,
        String prevHash,
        String hash,
        boolean fieldsMatchPayload) {

    /** The previous hash of a practice's first entry. */
    public static final String GENESIS = "0".repeat(64);

    public static String hashOf(String prevHash, String payload) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((prevHash + payload).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
