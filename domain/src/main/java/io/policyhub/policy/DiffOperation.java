package io.policyhub.policy;

/** What happened to a run of text between an older and a newer version. */
public enum DiffOperation {
    /** In both versions. */
    EQUAL,
    /** Only in the newer version. */
    INSERT,
    /** Only in the older version. */
    DELETE
}
