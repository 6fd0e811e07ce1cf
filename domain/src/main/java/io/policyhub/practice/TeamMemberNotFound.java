package io.policyhub.practice;

import io.policyhub.shared.ResourceNotFound;

/** No such person on the practice's staff; a member of another practice's staff looks exactly the same. */
public final class TeamMemberNotFound extends ResourceNotFound {

    private TeamMemberNotFound(String message) {
        super("member-not-found", message);
    }

    public static TeamMemberNotFound of(String memberId) {
        return new TeamMemberNotFound("No member " + memberId + " was found on the practice's team.");
    }
}
