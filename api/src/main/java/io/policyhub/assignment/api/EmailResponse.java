package io.policyhub.assignment.api;

import io.policyhub.assignment.EmailKind;
import io.policyhub.assignment.EmailStatus;
import io.policyhub.assignment.OutboundEmail;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One e-mail to a client and how its delivery went. */
record EmailResponse(
        UUID id,
        UUID policyId,
        EmailKind kind,
        EmailStatus status,
        Instant queuedAt,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable Instant nextAttemptAt,
        @Nullable String lastError) {

    static EmailResponse of(OutboundEmail email) {
        return new EmailResponse(
                email.id(),
                email.policyId().value(),
                email.kind(),
                email.status(),
                email.queuedAt(),
                email.attempts(),
                email.sentAt().orElse(null),
                email.status() == EmailStatus.PENDING ? email.nextAttemptAt() : null,
                email.lastError().orElse(null));
    }
}
