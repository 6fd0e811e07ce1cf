package io.policyhub.practice;

import java.util.Optional;

/**
 * A member of a practice's staff was given another role.
 *
 * @param username what they sign in with, as the audit trail names actors
 * @param previousRole the role they held before; empty if they held none
 */
public record StaffRoleChanged(String memberId, String username, Optional<StaffRole> previousRole, StaffRole role)
        implements AccessChange {}
