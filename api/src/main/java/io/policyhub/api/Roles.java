package io.policyhub.api;

/** The Keycloak realm roles the API understands (found in the token's {@code realm_access.roles}). */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String PRACTICE_ADMIN = "practice-admin";
    public static final String PRACTICE_EDITOR = "practice-editor";
    public static final String PRACTICE_VIEWER = "practice-viewer";
    /** A practice-management system: within its own practice it has the API rights of a practice admin. */
    public static final String INTEGRATOR = "integrator";

    static final String[] READERS = {PRACTICE_VIEWER, PRACTICE_EDITOR, PRACTICE_ADMIN, INTEGRATOR};
    static final String[] AUTHORS = {PRACTICE_EDITOR, PRACTICE_ADMIN, INTEGRATOR};
    static final String[] MANAGERS = {PRACTICE_ADMIN, INTEGRATOR};
    /** The roles of people on a practice's team, which its admins change. */
    static final String[] STAFF = {PRACTICE_ADMIN, PRACTICE_EDITOR, PRACTICE_VIEWER};

    private Roles() {}
}
