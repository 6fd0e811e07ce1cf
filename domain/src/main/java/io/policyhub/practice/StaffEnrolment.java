package io.policyhub.practice;

import io.policyhub.shared.StateConflict;
import java.util.Optional;

/** Gives a person a role in a practice: a new account with an invitation, or an existing account that joins. */
final class StaffEnrolment {

    private final PracticeDirectory directory;

    StaffEnrolment(PracticeDirectory directory) {
        this.directory = directory;
    }

    StaffInvited enrol(Practice practice, StaffInvitation invitation) {
        Optional<StaffAccount> existing = directory.findAccount(invitation.email());
        if (existing.isEmpty()) {
            directory.inviteNewAccount(practice, invitation);
            return new StaffInvited(invitation.email(), invitation.role(), true);
        }
        StaffAccount account = existing.get();
        if (!account.mayHold(invitation.role())) {
            throw StateConflict.of(
                    "staff-role-conflict",
                    invitation.email() + " already has an account, with "
                            + (account.roles().isEmpty()
                                    ? "no role, in another practice"
                                    : "the role(s) " + String.join(", ", account.roles()))
                            + ". A person's role applies in every practice they belong to, so they can only join"
                            + " with that same role.");
        }
        // Joining again is harmless: a registration retried after a failure finds its first admin already there.
        if (!account.belongsTo(practice)) {
            directory.addMember(practice, account, invitation.role());
        }
        return new StaffInvited(invitation.email(), invitation.role(), false);
    }
}
