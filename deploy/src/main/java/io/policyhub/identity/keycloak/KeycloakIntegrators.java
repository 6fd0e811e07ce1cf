package io.policyhub.identity.keycloak;

import io.policyhub.practice.IntegratorClient;
import io.policyhub.practice.IntegratorCredentials;
import io.policyhub.practice.Practice;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Integrator clients: confidential clients for the client-credentials grant whose service account holds the
 * integrator role and belongs to exactly one practice's organization, so their tokens name that practice.
 */
final class KeycloakIntegrators {

    private final RealmResource realm;
    private final KeycloakOrganizations organizations;
    private final KeycloakStaff staff;
    private final KeycloakSettings settings;
    private final String apiAudience;

    KeycloakIntegrators(
            RealmResource realm,
            KeycloakOrganizations organizations,
            KeycloakStaff staff,
            KeycloakSettings settings,
            String apiAudience) {
        this.realm = realm;
        this.organizations = organizations;
        this.staff = staff;
        this.settings = settings;
        this.apiAudience = apiAudience;
    }

    /** Creates the client; if a later step fails it is deleted again, with its service account. */
    IntegratorCredentials create(Practice practice, IntegratorClient integrator) {
        String organizationId = organizations.idOf(practice);
        String id;
        try (Response created = realm.clients().create(representation(practice, integrator))) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        ClientResource client = realm.clients().get(id);
        try {
            String serviceAccount = client.getServiceAccountUser().getId();
            staff.grant(serviceAccount, "integrator");
            organizations.addMember(organizationId, serviceAccount);
            return new IntegratorCredentials(
                    integrator.clientId(), client.getSecret().getValue(), settings.tokenEndpoint());
        } catch (RuntimeException failure) {
            try {
                client.remove();
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
    }

    private ClientRepresentation representation(Practice practice, IntegratorClient integrator) {
        var client = new ClientRepresentation();
        client.setClientId(integrator.clientId());
        client.setName(integrator.name());
        client.setDescription("Integrator of Policyhub practice " + practice.alias());
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        // Only what the API reads: roles, the organization, and the API's audience.
        client.setDefaultClientScopes(List.of("basic", "roles", "organization"));
        client.setOptionalClientScopes(List.of());
        client.setProtocolMappers(List.of(audienceMapper()));
        return client;
    }

    private ProtocolMapperRepresentation audienceMapper() {
        var mapper = new ProtocolMapperRepresentation();
        mapper.setName(apiAudience + " audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of(
                "included.custom.audience", apiAudience,
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
        return mapper;
    }
}
