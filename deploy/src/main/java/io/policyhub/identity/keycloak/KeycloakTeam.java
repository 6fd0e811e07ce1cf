package io.policyhub.identity.keycloak;

import io.policyhub.practice.Practice;
import io.policyhub.practice.StaffRole;
import io.policyhub.practice.TeamMember;
import io.policyhub.shared.StateConflict;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.resource.OrganizationMemberResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.MembershipType;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * A practice's team in Keycloak: the members of its organization (integrators' service accounts aside) with their
 * realm roles. Someone invited is pending while their e-mail address is unverified and they have no credential:
 * following the invitation's link verifies the address, choosing a password adds a credential.
 */
final class KeycloakTeam {

    /** Members are read a page at a time; a practice's team is small, so usually one page. */
    private static final int PAGE = 100;

    private final RealmResource realm;
    private final KeycloakOrganizations organizations;

    KeycloakTeam(RealmResource realm, KeycloakOrganizations organizations) {
        this.realm = realm;
        this.organizations = organizations;
    }

    List<TeamMember> members(Practice practice) {
        Optional<OrganizationRepresentation> organization = organizations.find(practice.alias());
        if (organization.isEmpty()) {
            return List.of();
        }
        var team = new ArrayList<TeamMember>();
        var members = realm.organizations().get(organization.get().getId()).members();
        for (int first = 0; ; first += PAGE) {
            List<MemberRepresentation> page = members.list(first, PAGE);
            page.stream()
                    .filter(member -> !serviceAccount(member))
                    .map(this::member)
                    .forEach(team::add);
            if (page.size() < PAGE) {
                return team;
            }
        }
    }

    Set<String> practicesOf(TeamMember member) {
        return realm.organizations().members().getOrganizations(member.id(), true).stream()
                .map(OrganizationRepresentation::getAlias)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Grants the new role before taking the old ones away, so the member is never left without one; if taking them
     * away fails, the new role is taken back and the member keeps exactly what they had.
     */
    void changeRole(TeamMember member, StaffRole role) {
        RoleScopeResource roles = realm.users().get(member.id()).roles().realmLevel();
        List<RoleRepresentation> held = roles.listAll();
        List<RoleRepresentation> old = held.stream()
                .filter(each ->
                        StaffRole.isStaffRole(each.getName()) && !each.getName().equals(role.roleName()))
                .toList();
        boolean alreadyHeld = held.stream().anyMatch(each -> each.getName().equals(role.roleName()));
        RoleRepresentation granted = realm.roles().get(role.roleName()).toRepresentation();
        if (!alreadyHeld) {
            roles.add(List.of(granted));
        }
        try {
            if (!old.isEmpty()) {
                roles.remove(old);
            }
        } catch (RuntimeException failure) {
            if (!alreadyHeld) {
                try {
                    roles.remove(List.of(granted));
                } catch (RuntimeException alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                }
            }
            throw failure;
        }
    }

    /**
     * Ends the membership only. Keycloak deletes a managed member's whole account when it leaves (one that came
     * through the organization's own identity provider), so those are refused rather than deleted.
     */
    void removeMember(Practice practice, TeamMember member) {
        String organizationId = organizations.idOf(practice);
        OrganizationMemberResource membership =
                realm.organizations().get(organizationId).members().member(member.id());
        MemberRepresentation current;
        try {
            current = membership.toRepresentation();
        } catch (NotFoundException alreadyGone) {
            return;
        }
        if (current.getMembershipType() == MembershipType.MANAGED) {
            throw StateConflict.of(
                    "managed-member",
                    member.displayName() + "'s account is managed by the practice's own sign-in service, and"
                            + " removing them here would delete it. Remove them there instead.");
        }
        try (Response removed = membership.delete()) {
            int status = removed.getStatus();
            if (status != Response.Status.NO_CONTENT.getStatusCode()
                    && status != Response.Status.NOT_FOUND.getStatusCode()) {
                throw new WebApplicationException("removing a member answered " + status, removed);
            }
        }
    }

    private TeamMember member(MemberRepresentation member) {
        Optional<StaffRole> role =
                StaffRole.highestOf(realm.users().get(member.getId()).roles().realmLevel().listAll().stream()
                        .map(RoleRepresentation::getName)
                        .toList());
        return new TeamMember(
                member.getId(), member.getUsername(), name(member), member.getEmail(), role, pending(member));
    }

    private boolean pending(MemberRepresentation member) {
        return !Boolean.TRUE.equals(member.isEmailVerified())
                && realm.users().get(member.getId()).credentials().isEmpty();
    }

    private static boolean serviceAccount(MemberRepresentation member) {
        // Keycloak reserves this prefix for the users behind clients' service accounts: integrators here.
        return member.getUsername() != null && member.getUsername().startsWith("service-account-");
    }

    private static @Nullable String name(MemberRepresentation member) {
        String name = Stream.of(member.getFirstName(), member.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
