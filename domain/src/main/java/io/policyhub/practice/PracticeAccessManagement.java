package io.policyhub.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Who may act for a practice: its staff, invited with a role, and its integrators' clients. Only practice admins
 * may use it; the API's and the admin pages' security say so, as for everything else that grants access.
 *
 * <p>Each change enters the practice's audit trail in the same transaction, after the identity provider has made
 * it: a refused or failed change leaves no entry, and the audit chain's per-practice lock is taken only for the
 * commit, never while the provider is called (every other change of the practice, portal acknowledgements
 * included, would wait on it). A changed role or a removal also cuts off the sessions the member signed in to
 * before it ({@link StaffSessionCutoffs}), so it takes effect at their next page.
 */
public class PracticeAccessManagement {

    private final Practices practices;
    private final PracticeDirectory directory;
    private final StaffEnrolment enrolment;
    private final TeamChanges teamChanges;
    private final AccessHistory history;
    private final StaffSessionCutoffs cutoffs;

    public PracticeAccessManagement(
            Practices practices,
            PracticeDirectory directory,
            AccessHistory history,
            StaffSessionCutoffs cutoffs,
            Clock clock) {
        this.practices = practices;
        this.directory = directory;
        this.history = history;
        this.cutoffs = cutoffs;
        this.enrolment = new StaffEnrolment(directory);
        this.teamChanges = new TeamChanges(directory, history, cutoffs, clock);
    }

    public StaffInvited invite(PracticeId id, StaffInvitation invitation) {
        StaffInvited invited = enrolment.enrol(practice(id), invitation);
        history.record(id, invited);
        return invited;
    }

    /** Creates an integrator client bound to the practice; its secret is in the result only. */
    public IntegratorCredentials createIntegration(PracticeId id, String name) {
        Practice practice = practice(id);
        IntegratorClient client = IntegratorClient.of(practice, name);
        IntegratorCredentials credentials = directory.createIntegrator(practice, client);
        history.record(id, new IntegrationCreated(credentials.clientId(), client.name()));
        return credentials;
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
     * Gives a member of the practice's staff another role, ending the sessions they signed in to with the old one.
     *
     * @return the member with their new role
     * @throws io.policyhub.shared.StateConflict when they are the practice's last admin ({@code last-admin}), or
     *     belong to another practice too, where the role would change as well ({@code staff-role-shared})
     */
    public TeamMember changeRole(PracticeId id, String memberId, StaffRole role) {
        return teamChanges.changeRole(practice(id), memberId, role);
    }

    /**
     * Takes a member off the practice's staff, ending their sessions in it; their account and their other
     * practices stay.
     *
     * @return who was removed
     * @throws io.policyhub.shared.StateConflict when they are the practice's last admin ({@code last-admin})
     */
    public TeamMember remove(PracticeId id, String memberId) {
        return teamChanges.remove(practice(id), memberId);
    }

    /**
     * Whether a session {@code username} signed in to at {@code signedInAt} (by the application's clock, which
     * also times the changes) still carries their access to the practice: not if their role there was changed, or
     * they were removed, since.
     */
    public boolean sessionIsCurrent(PracticeId id, String username, Instant signedInAt) {
        return cutoffs.cutoffOf(id, username).map(signedInAt::isAfter).orElse(true);
    }

    private Practice practice(PracticeId id) {
        return practices.findById(id).orElseThrow(() -> PracticeNotFound.of(id));
    }
}
