package io.policyhub.policy;

/** Where a policy is in its life. */
public enum PolicyStatus {
    /** Never published: only staff see it. */
    DRAFT,
    /** At least one version is published; the draft may hold the next one. */
    PUBLISHED,
    /** Withdrawn: kept as evidence, no longer edited, published or assigned. */
    ARCHIVED
}
