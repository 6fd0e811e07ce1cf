package io.policyhub.practice.admin;

import io.policyhub.practice.StaffRole;
import io.policyhub.practice.TeamMember;
import org.jspecify.annotations.Nullable;

/**
 * One person in the settings page's team list.
 *
 * @param role the realm role, as the role select's value; empty when they hold none
 * @param you whether this is the admin looking at the page
 */
record TeamMemberRow(
        String id, String name, @Nullable String email, String role, String roleLabel, boolean pending, boolean you) {

    static TeamMemberRow of(TeamMember member, String signedInAs) {
        return new TeamMemberRow(
                member.id(),
                member.displayName(),
                member.email(),
                member.role().map(StaffRole::roleName).orElse(""),
                member.role().map(InvitationForm::label).orElse("No role"),
                member.pending(),
                member.username().equalsIgnoreCase(signedInAs));
    }

    /** Whether a name stands apart from the address, so the address is worth showing beside it. */
    public boolean showEmail() {
        return email != null && !email.equals(name);
    }
}
