package io.policyhub.assignment;

/** Why a client is e-mailed a personal link. */
public enum EmailKind {
    /** The policy was assigned to them. */
    INVITATION,
    /** A MAJOR version was published: they are asked to agree again. */
    NEW_VERSION,
    /** They have not agreed yet, some days after being asked. */
    REMINDER,
    /** Staff asked for the link to be sent again. */
    RESENT
}
