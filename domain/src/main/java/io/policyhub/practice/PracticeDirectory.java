package io.policyhub.practice;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The identity provider's side of the practices (Keycloak in production). Each practice is an organization
 * whose alias is the practice's alias, so tokens name it in their {@code organization} claim; staff are accounts
 * that belong to it, with a realm role; integrators are clients whose service accounts belong to it.
 *
 * <p>Every method throws {@link io.policyhub.shared.ServiceUnavailable} when the provider cannot be reached or
 * fails, after undoing what that one call had begun.
 */
public interface PracticeDirectory {

    /**
     * Creates the practice's organization.
     *
     * @return false when an organization with this alias already existed and is reused: one left behind by an
     *     earlier registration that failed after creating it
     */
    boolean createOrganization(Practice practice);

    /** Removes the practice's organization: undoes a registration that failed after creating it. */
    void removeOrganization(Practice practice);

    Optional<StaffAccount> findAccount(String email);

    /** Creates an account with the role, in the practice's organization, and e-mails the person an invitation. */
    void inviteNewAccount(Practice practice, StaffInvitation invitation);

    /** Makes an existing account a member of the practice's organization, granting the role if it lacks it. */
    void addMember(Practice practice, StaffAccount account, StaffRole role);

    /** Creates a confidential client with the integrator role, bound to the practice's organization. */
    IntegratorCredentials createIntegrator(Practice practice, IntegratorClient client);

    /**
     * The practice's staff: every account in its organization except integrators' service accounts, in no
     * particular order. A practice without an organization yet has nobody.
     */
    List<TeamMember> members(Practice practice);

    /** The aliases of every practice the member belongs to, this one included. */
    Set<String> practicesOf(TeamMember member);

    /**
     * Gives the member exactly this staff role instead of the one they hold. Roles are realm-wide, so this changes
     * what they may do in every practice they belong to.
     */
    void changeRole(TeamMember member, StaffRole role);

    /**
     * Takes the member out of the practice's organization. Their account, its role and their other practices
     * stay as they are, so they can be invited back.
     */
    void removeMember(Practice practice, TeamMember member);
}
