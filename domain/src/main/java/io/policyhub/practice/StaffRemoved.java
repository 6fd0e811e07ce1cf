package io.policyhub.practice;

import java.util.Optional;

/**
 * A member was taken off a practice's staff (their account and their other practices stay).
 *
 * @param username what they signed in with, as the audit trail names actors
 * @param role the role they held; empty if they held none
 */
public record StaffRemoved(String memberId, String username, Optional<StaffRole> role) implements AccessChange {}
