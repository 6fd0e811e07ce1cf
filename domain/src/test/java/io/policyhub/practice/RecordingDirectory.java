package io.policyhub.practice;

import io.policyhub.shared.ServiceUnavailable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An in-memory directory for the domain's rules, which can be told to fail the way a provider outage does. */
final class RecordingDirectory implements PracticeDirectory {

    final Set<String> organizations = new HashSet<>();
    final Map<String, StaffAccount> accounts = new HashMap<>();
    final List<String> invitations = new ArrayList<>();
    /** The ids of accounts invited that have not been set up yet. */
    final Set<String> pending = new HashSet<>();

    boolean invitationsFail;
    boolean changesFail;

    @Override
    public boolean createOrganization(Practice practice) {
        return organizations.add(practice.alias());
    }

    @Override
    public void removeOrganization(Practice practice) {
        organizations.remove(practice.alias());
    }

    @Override
    public Optional<StaffAccount> findAccount(String email) {
        return Optional.ofNullable(accounts.get(email));
    }

    @Override
    public void inviteNewAccount(Practice practice, StaffInvitation invitation) {
        if (invitationsFail) {
            throw ServiceUnavailable.identityProvider(new IllegalStateException("SMTP of the provider is down"));
        }
        invitations.add(invitation.email());
        pending.add(invitation.email());
        accounts.put(
                invitation.email(),
                new StaffAccount(
                        invitation.email(),
                        invitation.email(),
                        Set.of(invitation.role().roleName()),
                        Set.of(practice.alias())));
    }

    @Override
    public void addMember(Practice practice, StaffAccount account, StaffRole role) {
        var organizationsOfAccount = new HashSet<>(account.organizations());
        organizationsOfAccount.add(practice.alias());
        accounts.put(
                account.email(),
                new StaffAccount(account.id(), account.email(), Set.of(role.roleName()), organizationsOfAccount));
    }

    @Override
    public IntegratorCredentials createIntegrator(Practice practice, IntegratorClient client) {
        return new IntegratorCredentials(client.clientId(), "secret", "http://issuer.test/token");
    }

    @Override
    public List<TeamMember> members(Practice practice) {
        return accounts.values().stream()
                .filter(account ->
                        account.belongsTo(practice) && !account.roles().contains("integrator"))
                .map(account -> new TeamMember(
                        account.id(),
                        account.email(),
                        null,
                        account.email(),
                        account.roles().stream().map(StaffRole::ofRoleName).findFirst(),
                        pending.contains(account.id())))
                .toList();
    }

    @Override
    public Set<String> practicesOf(TeamMember member) {
        return account(member).organizations();
    }

    @Override
    public void changeRole(TeamMember member, StaffRole role) {
        failIfAsked();
        StaffAccount account = account(member);
        accounts.put(
                account.email(),
                new StaffAccount(account.id(), account.email(), Set.of(role.roleName()), account.organizations()));
    }

    @Override
    public void removeMember(Practice practice, TeamMember member) {
        failIfAsked();
        StaffAccount account = account(member);
        accounts.put(
                account.email(),
                new StaffAccount(
                        account.id(),
                        account.email(),
                        account.roles(),
                        account.organizations().stream()
                                .filter(alias -> !alias.equals(practice.alias()))
                                .collect(Collectors.toSet())));
    }

    private StaffAccount account(TeamMember member) {
        return accounts.values().stream()
                .filter(account -> account.id().equals(member.id()))
                .findFirst()
                .orElseThrow();
    }

    private void failIfAsked() {
        if (changesFail) {
            throw ServiceUnavailable.identityProvider(new IllegalStateException("the provider is down"));
        }
    }
}
