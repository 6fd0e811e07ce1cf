package io.policyhub.acknowledgement;

/** Where a client of the practice stands with one policy. */
public enum Progress {
    /** The policy is not assigned to the client. */
    NOT_ASSIGNED,
    /** Assigned, and the client has not yet agreed to the version that binds them. */
    OUTSTANDING,
    /**
     * Outstanding past the practice's whole reminder schedule: the last reminder (by default 14 days after the
     * client was asked) is due, so the practice should follow up in person.
     */
    OVERDUE,
    /** The client agreed to the binding version, or a later one. */
    ACKNOWLEDGED
}
