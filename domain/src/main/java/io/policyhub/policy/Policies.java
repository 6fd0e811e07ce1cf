package io.policyhub.policy;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.Optional;

/** The policies of the current practice and their published versions. */
public interface Policies {

    Policy save(Policy policy);

    Optional<Policy> findById(PolicyId id);

    /** Like {@link #findById} but locks the policy until the transaction ends, so edits and publications queue. */
    Optional<Policy> findForUpdate(PolicyId id);

    /** Policies ordered by most recently updated, optionally only those with one status. */
    Page<Policy> list(Optional<PolicyStatus> status, PageRequest page);

    /** Stores a new version; versions are never updated afterwards. */
    PolicyVersion addVersion(PolicyVersion version);

    Optional<PolicyVersion> findVersion(PolicyId id, int number);

    /**
     * The version that binds clients now: the newest MAJOR version, or version 1. Empty while nothing is
     * published.
     */
    Optional<Integer> bindingVersion(PolicyId id);

    /** Versions newest first. */
    Page<PolicyVersion> versions(PolicyId id, PageRequest page);
}
