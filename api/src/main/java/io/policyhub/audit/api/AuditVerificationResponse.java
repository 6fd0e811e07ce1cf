package io.policyhub.audit.api;

import io.policyhub.audit.AuditVerification;
import org.jspecify.annotations.Nullable;

record AuditVerificationResponse(
        boolean valid, long entries, @Nullable Long firstBrokenAt) {

    static AuditVerificationResponse of(AuditVerification verification) {
        return new AuditVerificationResponse(
                verification.valid(),
                verification.entries(),
                verification.firstBrokenAt().orElse(null));
    }
}
