package io.policyhub.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the claims Keycloak 26 puts in access tokens: realm roles in {@code realm_access.roles}, and
 * Organizations membership in {@code organization}, which is either a list of organization aliases or (with
 * "add organization id" on the mapper) an object keyed by alias.
 */
final class KeycloakClaims {

    private KeycloakClaims() {}

    static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    static Set<String> organizationAliases(Jwt jwt) {
        Object organization = jwt.getClaims().get("organization");
        if (organization instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (organization instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (organization instanceof String alias) {
            return Set.of(alias);
        }
        return Set.of();
    }

    /** A readable, stable name for audit fields: the user's name, or the client of a service account. */
    static String actorName(Jwt jwt) {
        for (String claim : List.of("preferred_username", "client_id", "azp")) {
            String value = jwt.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return jwt.getSubject() == null ? "unknown" : jwt.getSubject();
    }
}
