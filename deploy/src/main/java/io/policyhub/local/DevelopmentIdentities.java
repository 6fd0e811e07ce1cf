package io.policyhub.local;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.OAuth2Exception;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * Decides which claims a client-credentials token gets: exactly the shapes Keycloak 26 issues, so the API
 * runs the same code path locally as in production. Unknown clients and wrong secrets are refused.
 */
final class DevelopmentIdentities implements OAuth2TokenCallback {

    private final String issuerId;
    private final List<String> audience;
    private final long tokenLifetimeSeconds;
    private final Map<String, DevelopmentIdentity> byClientId = new ConcurrentHashMap<>();

    DevelopmentIdentities(String issuerId, String audience, long tokenLifetimeSeconds) {
        this.issuerId = issuerId;
        this.audience = List.of(audience);
        this.tokenLifetimeSeconds = tokenLifetimeSeconds;
    }

    void register(DevelopmentIdentity identity) {
        byClientId.put(identity.clientId(), identity);
    }

    @Override
    public String issuerId() {
        return issuerId;
    }

    @Override
    public String subject(TokenRequest request) {
        return identity(request).username();
    }

    @Override
    public String typeHeader(TokenRequest request) {
        return "JWT";
    }

    @Override
    public List<String> audience(TokenRequest request) {
        return audience;
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
        DevelopmentIdentity identity = identity(request);
        return Map.of(
                "preferred_username", identity.username(),
                "azp", identity.clientId(),
                "client_id", identity.clientId(),
                "realm_access", Map.of("roles", identity.roles()),
                "organization", identity.organizations());
    }

    @Override
    public long tokenExpiry() {
        return tokenLifetimeSeconds;
    }

    private DevelopmentIdentity identity(TokenRequest request) {
        if (!(request.getAuthorizationGrant() instanceof ClientCredentialsGrant)) {
            throw new OAuth2Exception(OAuth2Error.UNSUPPORTED_GRANT_TYPE, "only client_credentials is supported");
        }
        ClientAuthentication authentication = request.getClientAuthentication();
        String secret = switch (authentication) {
            case ClientSecretBasic basic -> basic.getClientSecret().getValue();
            case ClientSecretPost post -> post.getClientSecret().getValue();
            case null, default -> null;
        };
        DevelopmentIdentity identity = authentication == null
                ? null
                : byClientId.get(authentication.getClientID().getValue());
        if (identity == null || !identity.clientSecret().equals(secret)) {
            throw new OAuth2Exception(OAuth2Error.INVALID_CLIENT, "unknown client or wrong secret");
        }
        return identity;
    }
}
