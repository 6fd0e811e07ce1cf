package io.policyhub.acknowledgement;

/** How an acknowledgement was given. */
public enum AcknowledgementMethod {
    /** By the client through their personal portal link. */
    PORTAL,
    /** On paper or in the room, recorded by staff. */
    IN_PERSON,
    /** Recorded by an integrated practice-management system. */
    API
}
