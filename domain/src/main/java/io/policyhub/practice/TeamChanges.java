package io.policyhub.practice;

import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Changes to who is on a practice's team, with the rules that keep it workable: the practice never loses its last
 * admin, and a role is only changed where that cannot change someone's rights in another practice.
 */
final class TeamChanges {

    private static final Comparator<TeamMember> BY_NAME =
            Comparator.comparing(member -> member.displayName().toLowerCase(Locale.ROOT));

    private final PracticeDirectory directory;
    private final AccessHistory history;
    private final StaffSessionCutoffs cutoffs;
    private final Clock clock;

    TeamChanges(PracticeDirectory directory, AccessHistory history, StaffSessionCutoffs cutoffs, Clock clock) {
        this.directory = directory;
        this.history = history;
        this.cutoffs = cutoffs;
        this.clock = clock;
    }

    List<TeamMember> team(Practice practice) {
        return directory.members(practice).stream().sorted(BY_NAME).toList();
    }

    TeamMember member(Practice practice, String memberId) {
        return find(directory.members(practice), memberId);
    }

    TeamMember changeRole(Practice practice, String memberId, StaffRole role) {
        List<TeamMember> team = directory.members(practice);
        TeamMember member = find(team, memberId);
        if (member.role().filter(role::equals).isPresent()) {
            return member;
        }
        if (role != StaffRole.PRACTICE_ADMIN) {
            keepAnAdmin(team, member, "lose the admin role");
        }
        boolean elsewhereToo =
                directory.practicesOf(member).stream().anyMatch(alias -> !alias.equals(practice.alias()));
        if (elsewhereToo) {
            throw StateConflict.of(
                    "staff-role-shared",
                    member.displayName() + " also belongs to another practice, and a person's role applies in every"
                            + " practice they belong to, so it cannot be changed from here. Their role stays as it"
                            + " was.");
        }
        directory.changeRole(member, role);
        changed(practice, member, new StaffRoleChanged(member.id(), member.username(), member.role(), role));
        return member.withRole(role);
    }

    TeamMember remove(Practice practice, String memberId) {
        List<TeamMember> team = directory.members(practice);
        TeamMember member = find(team, memberId);
        keepAnAdmin(team, member, "be removed");
        directory.removeMember(practice, member);
        changed(practice, member, new StaffRemoved(member.id(), member.username(), member.role()));
        return member;
    }

    /** Records what the provider changed, and ends the sessions the member signed in to before it. */
    private void changed(Practice practice, TeamMember member, AccessChange change) {
        history.record(practice.id(), change);
        cutoffs.cutOff(practice.id(), member.username(), clock.instant());
    }

    /** Refuses to let the practice's last admin go: nobody else could manage its settings and team. */
    private static void keepAnAdmin(List<TeamMember> team, TeamMember leaving, String change) {
        if (!leaving.isAdmin()) {
            return;
        }
        boolean anotherAdmin =
                team.stream().anyMatch(other -> !other.id().equals(leaving.id()) && other.isActiveAdmin());
        if (!anotherAdmin) {
            throw StateConflict.of(
                    "last-admin",
                    leaving.displayName() + " cannot " + change + ": the practice would have no admin who has set"
                            + " up their account, and nobody could manage its settings and team. Make someone else"
                            + " an admin first.");
        }
    }

    private static TeamMember find(List<TeamMember> team, String memberId) {
        return team.stream()
                .filter(member -> member.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> TeamMemberNotFound.of(memberId));
    }
}
