package io.policyhub.evidence.api;

import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.evidence.ReceiptClaims;
import io.policyhub.evidence.ReceiptVerdict;
import io.policyhub.evidence.ReceiptVerification;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a receipt is genuine and still matches the stored evidence. {@code receipt} is filled in only once
 * its signature checked out: nothing an unverified receipt claims is repeated back.
 */
record ReceiptVerificationResponse(
        boolean valid,
        ReceiptVerdict verdict,
        String detail,
        @Nullable String keyId,
        @Nullable Claims receipt) {

    static ReceiptVerificationResponse of(ReceiptVerification verification) {
        return new ReceiptVerificationResponse(
                verification.valid(),
                verification.verdict(),
                verification.verdict().description(),
                verification.keyId().orElse(null),
                verification.claims().map(Claims::of).orElse(null));
    }

    record Claims(
            UUID acknowledgementId,
            UUID practiceId,
            String practiceName,
            UUID clientId,
            String fullName,
            UUID policyId,
            String policyTitle,
            int version,
            String contentHash,
            Instant acknowledgedAt,
            AcknowledgementMethod method,
            @Nullable String ipAddress,
            Instant issuedAt) {

        static Claims of(ReceiptClaims claims) {
            return new Claims(
                    claims.acknowledgementId(),
                    claims.practiceId().value(),
                    claims.practiceName(),
                    claims.clientId().value(),
                    claims.fullName(),
                    claims.policyId().value(),
                    claims.policyTitle(),
                    claims.version(),
                    claims.contentHash().hex(),
                    claims.acknowledgedAt(),
                    claims.method(),
                    claims.ipAddress(),
                    claims.issuedAt());
        }
    }
}
