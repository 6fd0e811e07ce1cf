package io.policyhub.e2e;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/** Clients the tests need that the realm must not ship: integrators with a flaw the API has to notice. */
final class TestClients {

    private TestClients() {}

    /**
     * An integrator of the organization {@code alias}, like the realm's own, but with or without the API's
     * audience and with extra client attributes (such as a token lifespan); returns its secret.
     */
    static String integrator(
            RealmResource realm, String clientId, String alias, boolean apiAudience, Map<String, String> attributes) {
        var client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setDefaultClientScopes(List.of("basic", "roles", "organization"));
        client.setAttributes(attributes);
        if (apiAudience) {
            var audience = new ProtocolMapperRepresentation();
            audience.setName("policyhub-api audience");
            audience.setProtocol("openid-connect");
            audience.setProtocolMapper("oidc-audience-mapper");
            audience.setConfig(Map.of("included.custom.audience", "policyhub-api", "access.token.claim", "true"));
            client.setProtocolMappers(List.of(audience));
        }
        String id;
        try (Response created = realm.clients().create(client)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        ClientResource resource = realm.clients().get(id);
        String serviceAccount = resource.getServiceAccountUser().getId();
        realm.users()
                .get(serviceAccount)
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get("integrator").toRepresentation()));
        OrganizationRepresentation organization = realm.organizations()
                .searchByAttribute("practice-alias:" + alias)
                .get(0);
        try (Response added =
                realm.organizations().get(organization.getId()).members().addMember(serviceAccount)) {
            if (added.getStatus() != 201) {
                throw new IllegalStateException("adding " + clientId + " to " + alias + ": " + added.getStatus());
            }
        }
        return resource.getSecret().getValue();
    }
}
