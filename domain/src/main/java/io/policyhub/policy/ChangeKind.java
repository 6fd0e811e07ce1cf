package io.policyhub.policy;

/** How much a new version matters to clients who already agreed to an earlier one. */
public enum ChangeKind {
    /** Clients must read and acknowledge the policy again. */
    MAJOR,
    /** A correction or clarification: earlier acknowledgements carry forward. */
    MINOR
}
