package io.policyhub.practice.api;

import io.policyhub.practice.StaffRole;
import io.policyhub.practice.TeamMember;
import org.jspecify.annotations.Nullable;

/**
 * A member of the practice's staff.
 *
 * @param id the identity provider's id of their account, as {@code …/members/{id}} names them
 * @param role {@code practice-admin}, {@code practice-editor} or {@code practice-viewer}; null when they hold none
 * @param pending whether they were invited and have not set up their account yet
 */
record TeamMemberResponse(
        String id,
        String username,
        @Nullable String name,
        @Nullable String email,
        @Nullable String role,
        boolean pending) {

    static TeamMemberResponse of(TeamMember member) {
        return new TeamMemberResponse(
                member.id(),
                member.username(),
                member.name(),
                member.email(),
                member.role().map(StaffRole::roleName).orElse(null),
                member.pending());
    }
}
