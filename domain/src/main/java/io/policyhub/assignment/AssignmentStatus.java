package io.policyhub.assignment;

/** What an assignment request did for one client. */
public enum AssignmentStatus {
    /** Newly assigned; a link was issued. */
    ASSIGNED,
    /** Already assigned with a usable link: nothing changed and no new link was issued. */
    ALREADY_ASSIGNED,
    /** Already assigned but its link had expired or was revoked: a fresh link was issued. */
    LINK_REISSUED
}
