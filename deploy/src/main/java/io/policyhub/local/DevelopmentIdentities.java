package io.policyhub.local;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.nav.security.mock.oauth2.OAuth2Exception;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;

/**
 * Decides which claims a token gets: exactly the shapes Keycloak 26 issues, so the API and the admin pages run
 * the same code path locally as in production. Client-credentials tokens belong to the client's identity (unknown
 * clients and wrong secrets are refused); authorization-code tokens to the staff member who signed in on the
 * {@link DevelopmentSignIn} page, whose claims that page supplies and checks.
 */
final class DevelopmentIdentities implements OAuth2TokenCallback {

    private final String issuerId;
    private final List<String> audience;
    private final long tokenLifetimeSeconds;
    private final Map<String, DevelopmentIdentity> byClientId = new ConcurrentHashMap<>();
    /** Invited people (by client id) who have not signed in or fetched a token yet, as Keycloak shows pending. */
    private final Set<String> invitedNotYetSignedIn = ConcurrentHashMap.newKeySet();

    DevelopmentIdentities(String issuerId, String audience, long tokenLifetimeSeconds) {
        this.issuerId = issuerId;
        this.audience = List.of(audience);
        this.tokenLifetimeSeconds = tokenLifetimeSeconds;
    }

    void register(DevelopmentIdentity identity) {
        byClientId.put(identity.clientId(), identity);
    }

    void registerInvited(DevelopmentIdentity identity) {
        register(identity);
        invitedNotYetSignedIn.add(identity.clientId());
    }

    List<DevelopmentIdentity> all() {
        return List.copyOf(byClientId.values());
    }

    Optional<DevelopmentIdentity> find(String clientId) {
        return Optional.ofNullable(byClientId.get(clientId));
    }

    boolean invitedAndNotYetSignedIn(String clientId) {
        return invitedNotYetSignedIn.contains(clientId);
    }

    /** The person used their identity: an invitation of theirs is no longer pending. */
    void signedIn(DevelopmentIdentity identity) {
        invitedNotYetSignedIn.remove(identity.clientId());
    }

    /** The staff identities that may sign in on the browser sign-in page, by user name. */
    List<DevelopmentIdentity> staff() {
        return byClientId.values().stream()
                .filter(DevelopmentIdentity::staff)
                .sorted(Comparator.comparing(DevelopmentIdentity::username))
                .toList();
    }

    Optional<DevelopmentIdentity> staffMember(String username) {
        return staff().stream()
                .filter(identity -> identity.username().equals(username))
                .findFirst();
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
        if (request.getAuthorizationGrant() instanceof AuthorizationCodeGrant) {
            // The signed-in staff member's own claims are added from the sign-in page (see DevelopmentSignIn).
            return Map.of("azp", clientIdOf(request));
        }
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

    private static String clientIdOf(TokenRequest request) {
        if (request.getClientAuthentication() != null) {
            return request.getClientAuthentication().getClientID().getValue();
        }
        return request.getClientID() == null ? "unknown" : request.getClientID().getValue();
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
        signedIn(identity);
        return identity;
    }
}
