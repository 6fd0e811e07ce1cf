package io.policyhub.practice;

import java.util.List;

/**
 * Who may act for a practice: its staff, invited with a role, and its integrators' clients. Only practice admins
 * may use it; the API's and the admin pages' security say so, as for everything else that grants access.
 */
public class PracticeAccessManagement {

    private final Practices practices;
    private final PracticeDirectory directory;
    private final StaffEnrolment enrolment;
    private final TeamChanges teamChanges;

    public PracticeAccessManagement(Practices practices, PracticeDirectory directory) {
        this.practices = practices;
        this.directory = directory;
        this.enrolment = new StaffEnrolment(directory);
        this.teamChanges = new TeamChanges(directory);
    }

    public StaffInvited invite(PracticeId id, StaffInvitation invitation) {
        return enrolment.enrol(practice(id), invitation);
    }

    /** Creates an integrator client bound to the practice; its secret is in the result only. */
    public IntegratorCredentials createIntegration(PracticeId id, String name) {
        Practice practice = practice(id);
        return directory.createIntegrator(practice, IntegratorClient.of(practice, name));
    }

    /** The practice's staff by name, each with their role and whether they still have to accept an invitation. */
    public List<TeamMember> team(PracticeId id) {
        return teamChanges.team(practice(id));
    }

    /** @throws TeamMemberNotFound when the member is not on this practice's team (whether or not on another's) */
    public TeamMember member(PracticeId id, String memberId) {
        return teamChanges.member(practice(id), memberId);
    }

    /**
     * Gives a member of the practice's staff another role.
     *
     * @return the member with their new role
     * @throws io.policyhub.shared.StateConflict when they are the practice's last admin ({@code last-admin}), or
     *     belong to another practice too, where the role would change as well ({@code staff-role-shared})
     */
    public TeamMember changeRole(PracticeId id, String memberId, StaffRole role) {
        return teamChanges.changeRole(practice(id), memberId, role);
    }

    /**
     * Takes a member off the practice's staff; their account and their other practices stay.
     *
     * @return who was removed
     * @throws io.policyhub.shared.StateConflict when they are the practice's last admin ({@code last-admin})
     */
    public TeamMember remove(PracticeId id, String memberId) {
        return teamChanges.remove(practice(id), memberId);
    }

    private Practice practice(PracticeId id) {
        return practices.findById(id).orElseThrow(() -> PracticeNotFound.of(id));
    }
}
