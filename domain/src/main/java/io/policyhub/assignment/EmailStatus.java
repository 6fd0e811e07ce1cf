package io.policyhub.assignment;

/** Where an outbound e-mail is in the outbox. */
public enum EmailStatus {
    /** Waiting to be sent, or to be retried after a failure. */
    PENDING,
    SENT,
    /** Gave up after repeated failures. */
    FAILED,
    /** No longer needed: the client was erased or unassigned, or the policy withdrawn. */
    CANCELLED
}
