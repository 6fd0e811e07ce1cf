package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamChangesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPractices practices = new InMemoryPractices();
    private final RecordingDirectory directory = new RecordingDirectory();
    private final PracticeManagement management = new PracticeManagement(practices, directory, CLOCK);
    private final RecordedAccessChanges history = new RecordedAccessChanges();
    private final RecordedSessionCutoffs cutoffs = new RecordedSessionCutoffs();
    private final PracticeAccessManagement access =
            new PracticeAccessManagement(practices, directory, history, cutoffs, CLOCK);

    private Practice harbour;

    @BeforeEach
    void harbourWithAnAdminAndAnEditor() {
        harbour = management.register(new NewPractice("Harbour", "harbour", null));
        account("lee", "practice-admin", "harbour");
        account("jo", "practice-editor", "harbour");
    }

    @Test
    void theTeamIsListedByNameWithRolesAndWhoStillHasToAcceptAnInvitation() {
        access.invite(harbour.id(), StaffInvitation.of("ash@example.com", StaffRole.PRACTICE_VIEWER));
        account("other", "practice-admin", "elsewhere");
        account("harbour-integration", "integrator", "harbour");

        assertThat(access.team(harbour.id()))
                .extracting(TeamMember::email, TeamMember::role, TeamMember::pending)
                .containsExactly(
                        tuple("ash@example.com", Optional.of(StaffRole.PRACTICE_VIEWER), true),
                        tuple("jo@example.com", Optional.of(StaffRole.PRACTICE_EDITOR), false),
                        tuple("lee@example.com", Optional.of(StaffRole.PRACTICE_ADMIN), false));
    }

    @Test
    void anAdminMayStepDownOnceSomeoneElseIsAnAdmin() {
        access.changeRole(harbour.id(), "jo", StaffRole.PRACTICE_ADMIN);

        TeamMember lee = access.changeRole(harbour.id(), "lee", StaffRole.PRACTICE_VIEWER);

        assertThat(lee.role()).contains(StaffRole.PRACTICE_VIEWER);
        assertThat(roles("lee")).containsExactly("practice-viewer");
        assertThat(roles("jo")).containsExactly("practice-admin");
    }

    @Test
    void eachChangeEntersTheAuditTrailAndARefusedOrEmptyOneDoesNot() {
        TeamMember jo = access.member(harbour.id(), "jo");
        TeamMember lee = access.member(harbour.id(), "lee");

        access.changeRole(harbour.id(), "jo", StaffRole.PRACTICE_ADMIN);
        access.remove(harbour.id(), "lee");
        access.changeRole(harbour.id(), "jo", StaffRole.PRACTICE_ADMIN);
        assertThatThrownBy(() -> access.remove(harbour.id(), "jo")).isInstanceOf(StateConflict.class);

        assertThat(history.entries)
                .containsExactly(
                        new RecordedAccessChanges.Entry(
                                harbour.id(),
                                new StaffRoleChanged(
                                        "jo",
                                        jo.username(),
                                        Optional.of(StaffRole.PRACTICE_EDITOR),
                                        StaffRole.PRACTICE_ADMIN)),
                        new RecordedAccessChanges.Entry(
                                harbour.id(),
                                new StaffRemoved("lee", lee.username(), Optional.of(StaffRole.PRACTICE_ADMIN))));
    }

    @Test
    void aChangedOrRemovedMembersEarlierSessionsEndAndLaterOnesAndOthersStay() {
        Instant before = CLOCK.instant().minusSeconds(60);
        Instant after = CLOCK.instant().plusMillis(1);

        access.changeRole(harbour.id(), "jo", StaffRole.PRACTICE_ADMIN);
        access.changeRole(harbour.id(), "jo", StaffRole.PRACTICE_ADMIN);

        String jo = access.member(harbour.id(), "jo").username();
        String lee = access.member(harbour.id(), "lee").username();
        assertThat(access.sessionIsCurrent(harbour.id(), jo, before)).isFalse();
        assertThat(access.sessionIsCurrent(harbour.id(), jo, CLOCK.instant())).isFalse();
        assertThat(access.sessionIsCurrent(harbour.id(), jo, after)).isTrue();
        assertThat(access.sessionIsCurrent(harbour.id(), lee, before)).isTrue();
        assertThat(access.sessionIsCurrent(PracticeId.random(), jo, before)).isTrue();

        access.remove(harbour.id(), "lee");

        assertThat(access.sessionIsCurrent(harbour.id(), lee, before)).isFalse();
        assertThat(cutoffs.cutoffs).hasSize(2);
    }

    @Test
    void theLastAdminCanBeNeitherDemotedNorRemoved() {
        assertThatThrownBy(() -> access.changeRole(harbour.id(), "lee", StaffRole.PRACTICE_EDITOR))
                .isInstanceOfSatisfying(
                        StateConflict.class,
                        conflict -> assertThat(conflict.problem()).isEqualTo("last-admin"))
                .hasMessageStartingWith("lee@example.com cannot lose the admin role: the practice would have no admin");
        assertThatThrownBy(() -> access.remove(harbour.id(), "lee"))
                .isInstanceOfSatisfying(
                        StateConflict.class,
                        conflict -> assertThat(conflict.problem()).isEqualTo("last-admin"));

        assertThat(roles("lee")).containsExactly("practice-admin");
        assertThat(directory.accounts.get("lee@example.com").organizations()).containsExactly("harbour");
    }

    @Test
    void anAdminWhoHasNotAcceptedTheirInvitationYetDoesNotCountAsTheOneLeft() {
        access.invite(harbour.id(), StaffInvitation.of("new@example.com", StaffRole.PRACTICE_ADMIN));

        assertThatThrownBy(() -> access.remove(harbour.id(), "lee")).isInstanceOf(StateConflict.class);

        directory.pending.remove("new@example.com");
        access.remove(harbour.id(), "lee");
        assertThat(access.team(harbour.id())).extracting(TeamMember::id).containsExactly("jo", "new@example.com");
    }

    @Test
    void removingSomeoneTakesThemOutOfThisPracticeOnlyAndKeepsTheirAccount() {
        Practice other = management.register(new NewPractice("Other", "other", null));
        directory.accounts.put(
                "jo@example.com",
                new StaffAccount("jo", "jo@example.com", Set.of("practice-editor"), Set.of("harbour", "other")));

        TeamMember removed = access.remove(harbour.id(), "jo");

        assertThat(removed.id()).isEqualTo("jo");
        assertThat(access.team(harbour.id())).extracting(TeamMember::id).containsExactly("lee");
        assertThat(access.team(other.id())).extracting(TeamMember::id).containsExactly("jo");
        assertThat(directory.accounts.get("jo@example.com").roles()).containsExactly("practice-editor");
    }

    @Test
    void aRoleThatAlsoAppliesInAnotherPracticeIsNotChangedFromHere() {
        directory.accounts.put(
                "jo@example.com",
                new StaffAccount("jo", "jo@example.com", Set.of("practice-editor"), Set.of("harbour", "kestrel")));

        assertThatThrownBy(() -> access.changeRole(harbour.id(), "jo", StaffRole.PRACTICE_ADMIN))
                .isInstanceOfSatisfying(
                        StateConflict.class,
                        conflict -> assertThat(conflict.problem()).isEqualTo("staff-role-shared"))
                .hasMessageContaining("also belongs to another practice")
                .hasMessageNotContaining("kestrel");
        assertThat(roles("jo")).containsExactly("practice-editor");
    }

    @Test
    void choosingTheRoleSomeoneAlreadyHasChangesNothing() {
        directory.changesFail = true;

        TeamMember lee = access.changeRole(harbour.id(), "lee", StaffRole.PRACTICE_ADMIN);

        assertThat(lee.role()).contains(StaffRole.PRACTICE_ADMIN);
    }

    @Test
    void someoneOnAnotherPracticesTeamIsNotFound() {
        account("sam", "practice-viewer", "elsewhere");

        assertThatThrownBy(() -> access.member(harbour.id(), "sam")).isInstanceOf(TeamMemberNotFound.class);
        assertThatThrownBy(() -> access.changeRole(harbour.id(), "sam", StaffRole.PRACTICE_EDITOR))
                .isInstanceOf(TeamMemberNotFound.class);
        assertThatThrownBy(() -> access.remove(harbour.id(), "sam")).isInstanceOf(TeamMemberNotFound.class);
        assertThat(roles("sam")).containsExactly("practice-viewer");
    }

    @Test
    void aMemberIsKnownByTheirNameOrElseTheirAddressOrElseWhatTheySignInWith() {
        assertThat(new TeamMember("1", "jo", "Jo Park", "jo@example.com", Optional.empty(), false).displayName())
                .isEqualTo("Jo Park");
        assertThat(new TeamMember("1", "jo", null, "jo@example.com", Optional.empty(), false).displayName())
                .isEqualTo("jo@example.com");
        assertThat(new TeamMember("1", "jo", " ", null, Optional.empty(), false).displayName())
                .isEqualTo("jo");
    }

    private void account(String id, String role, String practice) {
        directory.accounts.put(
                id + "@example.com", new StaffAccount(id, id + "@example.com", Set.of(role), Set.of(practice)));
    }

    private Set<String> roles(String id) {
        return directory.accounts.get(id + "@example.com").roles();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
