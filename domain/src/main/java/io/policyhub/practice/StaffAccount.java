package io.policyhub.practice;

import java.util.Set;

/**
 * An account the identity provider already has for an e-mail address.
 *
 * @param id the provider's id of the account
 * @param roles its Policyhub realm roles (staff roles, platform-admin, integrator)
 * @param organizations the aliases of the practices it belongs to
 */
public record StaffAccount(String id, String email, Set<String> roles, Set<String> organizations) {

    public StaffAccount {
        roles = Set.copyOf(roles);
        organizations = Set.copyOf(organizations);
    }

    public boolean belongsTo(Practice practice) {
        return organizations.contains(practice.alias());
    }

    /**
     * Roles are realm-wide: an account has the same rights in every practice it belongs to. So an account may
     * join a practice only with exactly the role it already holds, or when it holds no role and belongs nowhere
     * yet; anything else would widen its rights in a practice that never granted them.
     */
    public boolean mayHold(StaffRole role) {
        return roles.equals(Set.of(role.roleName())) || (roles.isEmpty() && organizations.isEmpty());
    }
}
