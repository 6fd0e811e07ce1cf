package io.policyhub.identity.keycloak;

import io.policyhub.practice.IntegratorClient;
import io.policyhub.practice.IntegratorCredentials;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeDirectory;
import io.policyhub.practice.StaffAccount;
import io.policyhub.practice.StaffInvitation;
import io.policyhub.practice.StaffRole;
import io.policyhub.practice.TeamMember;
import io.policyhub.shared.DomainException;
import io.policyhub.shared.ServiceUnavailable;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The practices' side in Keycloak. A Keycloak that cannot be reached (connection refused, time-out) or that
 * answers with an error becomes {@link ServiceUnavailable}: the request fails with 503 and changes nothing.
 */
final class KeycloakDirectory implements PracticeDirectory {

    private final KeycloakOrganizations organizations;
    private final KeycloakStaff staff;
    private final KeycloakIntegrators integrators;
    private final KeycloakTeam team;

    KeycloakDirectory(
            KeycloakOrganizations organizations,
            KeycloakStaff staff,
            KeycloakIntegrators integrators,
            KeycloakTeam team) {
        this.organizations = organizations;
        this.staff = staff;
        this.integrators = integrators;
        this.team = team;
    }

    @Override
    public boolean createOrganization(Practice practice) {
        return call(() -> organizations.create(practice));
    }

    @Override
    public void removeOrganization(Practice practice) {
        run(() -> organizations.remove(practice));
    }

    @Override
    public Optional<StaffAccount> findAccount(String email) {
        return call(() -> staff.find(email));
    }

    @Override
    public void inviteNewAccount(Practice practice, StaffInvitation invitation) {
        run(() -> staff.invite(practice, invitation));
    }

    @Override
    public void addMember(Practice practice, StaffAccount account, StaffRole role) {
        run(() -> staff.addMember(practice, account, role));
    }

    @Override
    public IntegratorCredentials createIntegrator(Practice practice, IntegratorClient client) {
        return call(() -> integrators.create(practice, client));
    }

    @Override
    public List<TeamMember> members(Practice practice) {
        return call(() -> team.members(practice));
    }

    @Override
    public Set<String> practicesOf(TeamMember member) {
        return call(() -> team.practicesOf(member));
    }

    @Override
    public void changeRole(TeamMember member, StaffRole role) {
        run(() -> team.changeRole(member, role));
    }

    @Override
    public void removeMember(Practice practice, TeamMember member) {
        run(() -> team.removeMember(practice, member));
    }

    private static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException e) {
            throw e;
        } catch (ProcessingException | WebApplicationException e) {
            throw ServiceUnavailable.identityProvider(e);
        }
    }
}
