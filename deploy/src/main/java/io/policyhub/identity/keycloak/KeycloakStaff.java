package io.policyhub.identity.keycloak;

import io.policyhub.practice.Practice;
import io.policyhub.practice.StaffAccount;
import io.policyhub.practice.StaffInvitation;
import io.policyhub.practice.StaffRole;
import io.policyhub.shared.StateConflict;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Staff accounts: Keycloak users with a realm role, members of their practices' organizations. */
final class KeycloakStaff {

    /** The realm roles Policyhub understands; an account's other roles (Keycloak's defaults) do not matter here. */
    static final Set<String> POLICYHUB_ROLES =
            Set.of("platform-admin", "practice-admin", "practice-editor", "practice-viewer", "integrator");

    private final RealmResource realm;
    private final KeycloakOrganizations organizations;
    private final Duration invitationValidity;

    KeycloakStaff(RealmResource realm, KeycloakOrganizations organizations, Duration invitationValidity) {
        this.realm = realm;
        this.organizations = organizations;
        this.invitationValidity = invitationValidity;
    }

    Optional<StaffAccount> find(String email) {
        return realm.users().searchByEmail(email, true).stream().findFirst().map(this::account);
    }

    /**
     * Creates the account with its role and membership, then has Keycloak e-mail the person a link to choose a
     * password. If any step fails the account is deleted again, so a retry starts from nothing.
     */
    void invite(Practice practice, StaffInvitation invitation) {
        String organizationId = organizations.idOf(practice);
        String userId = create(invitation);
        try {
            grant(userId, invitation.role());
            organizations.addMember(organizationId, userId);
            user(userId).executeActionsEmail(List.of("UPDATE_PASSWORD"), (int) invitationValidity.toSeconds());
        } catch (RuntimeException failure) {
            try {
                user(userId).remove();
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
    }

    void addMember(Practice practice, StaffAccount account, StaffRole role) {
        String organizationId = organizations.idOf(practice);
        if (!account.roles().contains(role.roleName())) {
            grant(account.id(), role);
        }
        organizations.addMember(organizationId, account.id());
    }

    void grant(String userId, String roleName) {
        RoleRepresentation role = realm.roles().get(roleName).toRepresentation();
        user(userId).roles().realmLevel().add(List.of(role));
    }

    private void grant(String userId, StaffRole role) {
        grant(userId, role.roleName());
    }

    private String create(StaffInvitation invitation) {
        var user = new UserRepresentation();
        user.setUsername(invitation.email());
        user.setEmail(invitation.email());
        user.setFirstName(invitation.firstName());
        user.setLastName(invitation.lastName());
        user.setEnabled(true);
        try (Response created = realm.users().create(user)) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                // Another request created the same account a moment ago.
                throw StateConflict.of(
                        "staff-account-exists", "An account for " + invitation.email() + " was created meanwhile.");
            }
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private StaffAccount account(UserRepresentation user) {
        UserResource resource = user(user.getId());
        Set<String> roles = resource.roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName)
                .filter(POLICYHUB_ROLES::contains)
                .collect(Collectors.toUnmodifiableSet());
        Set<String> aliases = realm.organizations().members().getOrganizations(user.getId(), true).stream()
                .map(OrganizationRepresentation::getAlias)
                .collect(Collectors.toUnmodifiableSet());
        return new StaffAccount(user.getId(), user.getEmail(), roles, aliases);
    }

    private UserResource user(String id) {
        return realm.users().get(id);
    }
}
