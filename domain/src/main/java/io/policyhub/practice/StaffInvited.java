package io.policyhub.practice;

/**
 * A person was given access to a practice's staff.
 *
 * @param newAccount whether an account was created and an invitation e-mailed (otherwise an existing account of
 *     theirs joined the practice)
 */
public record StaffInvited(String email, StaffRole role, boolean newAccount) implements AccessChange {}
