package io.policyhub.assignment.persistence;

import io.policyhub.assignment.EmailKind;
import io.policyhub.assignment.EmailStatus;
import io.policyhub.assignment.OutboundEmail;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "outbound_email")
class OutboundEmailEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "policy_id")
    private UUID policyId;

    @Enumerated(EnumType.STRING)
    private EmailKind kind;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Enumerated(EnumType.STRING)
    private EmailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    protected OutboundEmailEntity() {
        this.id = new UUID(0, 0);
        this.practiceId = id;
        this.clientId = id;
        this.policyId = id;
        this.kind = EmailKind.INVITATION;
        this.queuedAt = Instant.EPOCH;
        this.status = EmailStatus.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
    }

    OutboundEmailEntity(OutboundEmail email) {
        this();
        this.id = email.id();
        this.practiceId = email.practiceId().value();
        this.clientId = email.clientId().value();
        this.policyId = email.policyId().value();
        this.kind = email.kind();
        this.queuedAt = email.queuedAt();
        copy(email);
    }

    void copy(OutboundEmail email) {
        this.status = email.status();
        this.attempts = email.attempts();
        this.nextAttemptAt = email.nextAttemptAt();
        this.sentAt = email.sentAt().orElse(null);
        this.lastError = email.lastError().orElse(null);
    }

    OutboundEmail toDomain() {
        return new OutboundEmail(
                id,
                new PracticeId(practiceId),
                new ClientId(clientId),
                new PolicyId(policyId),
                kind,
                queuedAt,
                status,
                attempts,
                nextAttemptAt,
                sentAt,
                lastError);
    }
}
