package io.policyhub.identity.keycloak;

import io.policyhub.practice.Practice;
import io.policyhub.shared.StateConflict;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * The practices' organizations. Keycloak searches organizations by name and domain, not by alias, so each one
 * carries its practice's alias in an attribute too, which makes the look-up one indexed query.
 */
final class KeycloakOrganizations {

    static final String PRACTICE_ATTRIBUTE = "practice-alias";

    private final RealmResource realm;

    KeycloakOrganizations(RealmResource realm) {
        this.realm = realm;
    }

    Optional<OrganizationRepresentation> find(String alias) {
        return organizations().searchByAttribute(PRACTICE_ATTRIBUTE + ":" + alias).stream()
                .filter(organization -> alias.equals(organization.getAlias()))
                .findFirst();
    }

    /** @return false when the practice's organization already existed */
    boolean create(Practice practice) {
        if (find(practice.alias()).isPresent()) {
            return false;
        }
        try (Response created = organizations().create(representation(practice, practice.name()))) {
            if (created.getStatus() != Response.Status.CONFLICT.getStatusCode()) {
                CreatedResponseUtil.getCreatedId(created);
                return true;
            }
        }
        // Names are unique in Keycloak but not among practices: tell two namesakes apart by their alias.
        try (Response created =
                organizations().create(representation(practice, practice.name() + " (" + practice.alias() + ")"))) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw StateConflict.of(
                        "organization-alias-taken",
                        "The identity provider already has an organization '" + practice.alias()
                                + "' that Policyhub did not create.");
            }
            CreatedResponseUtil.getCreatedId(created);
            return true;
        }
    }

    /** The practice's organization, created first for a practice registered before provisioning existed. */
    String idOf(Practice practice) {
        return find(practice.alias())
                .or(() -> {
                    create(practice);
                    return find(practice.alias());
                })
                .map(OrganizationRepresentation::getId)
                .orElseThrow(() -> new IllegalStateException("organization " + practice.alias() + " vanished"));
    }

    void remove(Practice practice) {
        find(practice.alias()).ifPresent(organization -> {
            try (Response ignored = organizations().get(organization.getId()).delete()) {
                // 204, or 404 when someone else removed it first: either way it is gone
            }
        });
    }

    void addMember(String organizationId, String userId) {
        try (Response added = organizations().get(organizationId).members().addMember(userId)) {
            int status = added.getStatus();
            if (status != Response.Status.CREATED.getStatusCode()
                    && status != Response.Status.CONFLICT.getStatusCode()) {
                throw new WebApplicationException("adding a member answered " + status, added);
            }
        }
    }

    private OrganizationsResource organizations() {
        return realm.organizations();
    }

    private static OrganizationRepresentation representation(Practice practice, String name) {
        var organization = new OrganizationRepresentation();
        organization.setName(name);
        organization.setAlias(practice.alias());
        organization.setEnabled(true);
        organization.setDescription("Policyhub practice " + practice.alias());
        organization.singleAttribute(PRACTICE_ATTRIBUTE, practice.alias());
        return organization;
    }
}
