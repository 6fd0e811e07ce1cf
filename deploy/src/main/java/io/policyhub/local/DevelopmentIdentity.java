package io.policyhub.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An identity the development issuer hands out tokens for, with the claims Keycloak 26 would put in them.
 *
 * @param clientId the OAuth2 client that asks for tokens (client-credentials grant)
 * @param clientSecret its secret
 * @param username the {@code preferred_username} claim
 * @param roles the realm roles ({@code realm_access.roles})
 * @param organizations the Keycloak organization aliases ({@code organization}), one per practice
 */
public record DevelopmentIdentity(
        String clientId, String clientSecret, String username, List<String> roles, List<String> organizations) {

    public DevelopmentIdentity {
        roles = List.copyOf(roles);
        organizations = List.copyOf(organizations);
    }

    /** The seeded identities of the local run, which the README and scripts rely on. */
    public static List<DevelopmentIdentity> demo() {
        return List.of(
                new DevelopmentIdentity(
                        "aurora-integrator",
                        "aurora-secret",
                        "service-account-aurora-integrator",
                        List.of("integrator"),
                        List.of("aurora")),
                new DevelopmentIdentity(
                        "northside-integrator",
                        "northside-secret",
                        "service-account-northside-integrator",
                        List.of("integrator"),
                        List.of("northside")),
                new DevelopmentIdentity(
                        "platform-admin",
                        "platform-secret",
                        "service-account-platform-admin",
                        List.of("platform-admin"),
                        List.of()),
                new DevelopmentIdentity(
                        "aurora-admin",
                        "aurora-admin-secret",
                        "alex.morgan@aurora.example",
                        List.of("practice-admin"),
                        List.of("aurora")),
                new DevelopmentIdentity(
                        "aurora-editor",
                        "aurora-editor-secret",
                        "jamie.lee@aurora.example",
                        List.of("practice-editor"),
                        List.of("aurora")),
                new DevelopmentIdentity(
                        "aurora-viewer",
                        "aurora-viewer-secret",
                        "robin.shaw@aurora.example",
                        List.of("practice-viewer"),
                        List.of("aurora")),
                new DevelopmentIdentity(
                        "northside-admin",
                        "northside-admin-secret",
                        "sam.okafor@northside.example",
                        List.of("practice-admin"),
                        List.of("northside")),
                new DevelopmentIdentity(
                        "locum-editor",
                        "locum-editor-secret",
                        "casey.kim@locum.example",
                        List.of("practice-editor"),
                        List.of("aurora", "northside")));
    }

    /** Whether this identity is a member of practice staff, who sign in to the admin pages in a browser. */
    public boolean staff() {
        return roles.stream().anyMatch(role -> role.startsWith("practice-"));
    }

    /**
     * The claims Keycloak 26 puts in a staff member's ID and access tokens after a browser sign-in: the same
     * shapes as in client-credentials tokens.
     */
    public Map<String, Object> loginClaims() {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("preferred_username", username);
        if (username.contains("@")) {
            claims.put("email", username);
        }
        claims.put("realm_access", Map.of("roles", roles));
        claims.put("organization", organizations);
        return claims;
    }
}
