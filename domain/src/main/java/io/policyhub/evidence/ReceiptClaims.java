package io.policyhub.evidence;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.client.ClientId;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a signed receipt states: who agreed (the name they typed), to which exact text of which policy of which
 * practice, when, how and from where. The names of practice and policy make it readable on its own; the ids
 * and the content hash make it checkable against the stored evidence.
 *
 * @param issuedAt when this receipt was signed (a receipt can be issued again; the acknowledgement is one)
 */
public record ReceiptClaims(
        PracticeId practiceId,
        String practiceName,
        UUID acknowledgementId,
        ClientId clientId,
        String fullName,
        PolicyId policyId,
        String policyTitle,
        int version,
        ContentHash contentHash,
        Instant acknowledgedAt,
        AcknowledgementMethod method,
        @Nullable String ipAddress,
        Instant issuedAt) {

    public ReceiptClaims {
        Objects.requireNonNull(practiceId);
        Objects.requireNonNull(practiceName);
        Objects.requireNonNull(acknowledgementId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(policyId);
        Objects.requireNonNull(policyTitle);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(acknowledgedAt);
        Objects.requireNonNull(method);
        Objects.requireNonNull(issuedAt);
    }

    static ReceiptClaims of(Acknowledgement ack, String practiceName, String policyTitle, Instant issuedAt) {
        return new ReceiptClaims(
                ack.practiceId(),
                practiceName,
                ack.id(),
                ack.clientId(),
                ack.fullName(),
                ack.policyId(),
                policyTitle,
                ack.version(),
                ack.contentHash(),
                ack.acknowledgedAt(),
                ack.method(),
                ack.ipAddress(),
                issuedAt);
    }

    /** Whether every fact of the stored acknowledgement is what this receipt says. */
    boolean describes(Acknowledgement ack) {
        return ack.id().equals(acknowledgementId)
                && ack.practiceId().equals(practiceId)
                && ack.clientId().equals(clientId)
                && ack.policyId().equals(policyId)
                && ack.version() == version
                && ack.contentHash().equals(contentHash)
                && ack.acknowledgedAt().equals(acknowledgedAt)
                && ack.method() == method
                && ack.fullName().equals(fullName)
                && Objects.equals(ack.ipAddress(), ipAddress);
    }

    public Optional<String> ip() {
        return Optional.ofNullable(ipAddress);
    }
}
