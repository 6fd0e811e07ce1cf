package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.ServiceUnavailable;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticeAccessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPractices practices = new InMemoryPractices();
    private final RecordingDirectory directory = new RecordingDirectory();
    private final PracticeManagement management = new PracticeManagement(practices, directory, CLOCK);
    private final RecordedAccessChanges history = new RecordedAccessChanges();
    private final RecordedSessionCutoffs cutoffs = new RecordedSessionCutoffs();
    private final PracticeAccessManagement access =
            new PracticeAccessManagement(practices, directory, history, cutoffs, CLOCK);

    @Test
    void registeringAPracticeCreatesItsOrganizationAndInvitesItsFirstAdmin() {
        Practice practice =
                management.register(new NewPractice("Harbour Therapy", "harbour", null, "lee@harbour.example"));

        assertThat(directory.organizations).containsExactly("harbour");
        assertThat(directory.invitations).containsExactly("lee@harbour.example");
        assertThat(directory.accounts.get("lee@harbour.example").roles()).containsExactly("practice-admin");
        assertThat(practices.findById(practice.id())).isPresent();
    }

    @Test
    void aFailedFirstInvitationRemovesTheOrganizationTheRegistrationCreated() {
        directory.invitationsFail = true;

        assertThatThrownBy(
                        () -> management.register(new NewPractice("Harbour", "harbour", null, "lee@harbour.example")))
                .isInstanceOf(ServiceUnavailable.class);
        assertThat(directory.organizations).isEmpty();
    }

    @Test
    void aRetriedRegistrationReusesTheOrganizationAndFirstAdminLeftBehindAndRemovesNeither() {
        directory.organizations.add("harbour");
        directory.accounts.put(
                "lee@harbour.example",
                new StaffAccount("1", "lee@harbour.example", Set.of("practice-admin"), Set.of("harbour")));

        management.register(new NewPractice("Harbour", "harbour", null, "lee@harbour.example"));

        assertThat(directory.organizations).containsExactly("harbour");
        assertThat(directory.invitations).isEmpty();
    }

    @Test
    void anExistingAccountWithTheSameRoleJoinsAnotherPracticeWithoutANewInvitation() {
        Practice first = management.register(new NewPractice("First", "first", null, "kim@example.com"));
        Practice second = management.register(new NewPractice("Second", "second", null));

        StaffInvited invited =
                access.invite(second.id(), StaffInvitation.of("kim@example.com", StaffRole.PRACTICE_ADMIN));

        assertThat(invited.newAccount()).isFalse();
        assertThat(directory.accounts.get("kim@example.com").organizations())
                .containsExactlyInAnyOrder(first.alias(), second.alias());
        assertThat(directory.invitations).containsExactly("kim@example.com");
    }

    @Test
    void anAccountCannotJoinWithAnotherRoleBecauseRolesApplyInEveryPractice() {
        management.register(new NewPractice("First", "first", null, "kim@example.com"));
        Practice second = management.register(new NewPractice("Second", "second", null));

        assertThatThrownBy(() ->
                        access.invite(second.id(), StaffInvitation.of("kim@example.com", StaffRole.PRACTICE_VIEWER)))
                .isInstanceOfSatisfying(
                        StateConflict.class,
                        conflict -> assertThat(conflict.problem()).isEqualTo("staff-role-conflict"));
        assertThat(directory.accounts.get("kim@example.com").organizations()).containsExactly("first");
    }

    @Test
    void anAccountWithoutRolesOrPracticesMayJoinWithAnyRole() {
        Practice practice = management.register(new NewPractice("Harbour", "harbour", null));
        directory.accounts.put("new@example.com", new StaffAccount("9", "new@example.com", Set.of(), Set.of()));

        access.invite(practice.id(), StaffInvitation.of("new@example.com", StaffRole.PRACTICE_EDITOR));

        assertThat(directory.accounts.get("new@example.com").roles()).containsExactly("practice-editor");
    }

    @Test
    void invitationsAndIntegrationsNeedAPracticeTheCallerCanSee() {
        PracticeId unknown = PracticeId.random();

        assertThatThrownBy(() -> access.invite(unknown, StaffInvitation.of("a@example.com", StaffRole.PRACTICE_VIEWER)))
                .isInstanceOf(PracticeNotFound.class);
        assertThatThrownBy(() -> access.createIntegration(unknown, "Cliniko")).isInstanceOf(PracticeNotFound.class);
    }

    @Test
    void anIntegratorClientIsNamedAfterItsPracticeAndUnique() {
        Practice practice = management.register(new NewPractice("Harbour", "harbour", null));

        IntegratorCredentials one = access.createIntegration(practice.id(), "Cliniko sync");
        IntegratorCredentials two = access.createIntegration(practice.id(), "Cliniko sync");

        assertThat(one.clientId()).matches("harbour-integration-[0-9a-f]{8}");
        assertThat(one.clientId()).isNotEqualTo(two.clientId());
        assertThat(one.toString()).doesNotContain("secret");
    }

    @Test
    void invitationsAndIntegrationsEnterTheAuditTrailWithoutTheSecret() {
        Practice practice = management.register(new NewPractice("Harbour", "harbour", null));

        access.invite(practice.id(), StaffInvitation.of("ash@example.com", StaffRole.PRACTICE_VIEWER));
        IntegratorCredentials credentials = access.createIntegration(practice.id(), "Cliniko sync");

        assertThat(history.entries)
                .containsExactly(
                        new RecordedAccessChanges.Entry(
                                practice.id(), new StaffInvited("ash@example.com", StaffRole.PRACTICE_VIEWER, true)),
                        new RecordedAccessChanges.Entry(
                                practice.id(), new IntegrationCreated(credentials.clientId(), "Cliniko sync")));
    }

    @Test
    void staffRolesAndAddressesAreValidated() {
        assertThatThrownBy(() -> StaffRole.ofRoleName("platform-admin"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("practice-admin, practice-editor, practice-viewer");
        assertThatThrownBy(() -> StaffInvitation.of("not an address", StaffRole.PRACTICE_VIEWER))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new NewPractice("Harbour", "harbour", null, "nope"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("firstAdminEmail"));
    }
}
