package io.policyhub.policy;

import io.policyhub.template.MergeOutcome;

/**
 * A proposed new draft that brings a policy to a newer template version: the old version rendered with the
 * policy's values (base), the current draft (ours) and the new version rendered with the same values (theirs)
 * merged three ways.
 *
 * @param baseRevision the draft revision the proposal was computed from; applying it requires that revision
 */
public record TemplateUpgrade(
        PolicyId policyId, long baseRevision, int fromVersion, int toVersion, MergeOutcome merge) {}
