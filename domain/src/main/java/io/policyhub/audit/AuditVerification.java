package io.policyhub.audit;

import java.util.Optional;

/**
 * The result of re-computing a practice's audit chain.
 *
 * @param entries how many entries were checked
 * @param firstBrokenAt the sequence number of the first entry that was altered, or that follows a deleted one
 */
public record AuditVerification(boolean valid, long entries, Optional<Long> firstBrokenAt) {}
