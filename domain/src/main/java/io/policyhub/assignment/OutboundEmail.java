package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail to a client in the transactional outbox. It is queued in the same transaction as the change that
 * causes it, so it is never lost; its personal link is only created when it is actually sent, so no secret
 * waits in the database. Failed attempts are retried with growing back-off.
 */
public final class OutboundEmail {

    public static final int MAX_ATTEMPTS = 8;

    private final UUID id;
    private final PracticeId practiceId;
    private final ClientId clientId;
    private final PolicyId policyId;
    private final EmailKind kind;
    private final Instant queuedAt;
    private EmailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable Instant sentAt;
    private @Nullable String lastError;

    public OutboundEmail(
            UUID id,
            PracticeId practiceId,
            ClientId clientId,
            PolicyId policyId,
            EmailKind kind,
            Instant queuedAt,
            EmailStatus status,
            int attempts,
            Instant nextAttemptAt,
            @Nullable Instant sentAt,
            @Nullable String lastError) {
        this.id = Objects.requireNonNull(id);
        this.practiceId = Objects.requireNonNull(practiceId);
        this.clientId = Objects.requireNonNull(clientId);
        this.policyId = Objects.requireNonNull(policyId);
        this.kind = Objects.requireNonNull(kind);
        this.queuedAt = Objects.requireNonNull(queuedAt);
        this.status = Objects.requireNonNull(status);
        this.attempts = attempts;
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt);
        this.sentAt = sentAt;
        this.lastError = lastError;
    }

    public static OutboundEmail queue(
            PracticeId practice, PolicyId policy, ClientId client, EmailKind kind, Instant now) {
        return new OutboundEmail(
                UUID.randomUUID(), practice, client, policy, kind, now, EmailStatus.PENDING, 0, now, null, null);
    }

    /**
     * Takes the e-mail for one attempt: it counts as tried, and stays out of every node's way until
     * {@code leaseUntil}. Should the sending node die before recording the outcome, the e-mail simply falls due
     * again then.
     */
    public void claim(Instant now, Duration lease) {
        requirePending();
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    public void sent(Instant now) {
        requirePending();
        status = EmailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Records a failed attempt: retried after 1, 2, 4... minutes (at most a few hours), then given up. */
    public void failed(String error, Instant now) {
        requirePending();
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = EmailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (Math.max(attempts, 1) - 1)));
        }
    }

    public void cancel() {
        requirePending();
        status = EmailStatus.CANCELLED;
    }

    private void requirePending() {
        if (status != EmailStatus.PENDING) {
            throw new IllegalStateException("e-mail " + id + " is " + status + ", not pending");
        }
    }

    public UUID id() {
        return id;
    }

    public PracticeId practiceId() {
        return practiceId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public PolicyId policyId() {
        return policyId;
    }

    public EmailKind kind() {
        return kind;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public EmailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
