package io.policyhub.admin;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a signed-in staff member's claims in the shapes Keycloak 26 issues (the same ones the REST API reads from
 * access tokens): realm roles in {@code realm_access.roles}, and practice membership in {@code organization},
 * either a list of organization aliases or an object keyed by alias.
 */
final class StaffClaims {

    private StaffClaims() {}

    static Set<String> realmRoles(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> access
                && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    static Set<String> organizationAliases(Map<String, Object> claims) {
        return switch (claims.get("organization")) {
            case Map<?, ?> byAlias ->
                byAlias.keySet().stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
            case Collection<?> aliases -> aliases.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
            case String alias -> Set.of(alias);
            case null, default -> Set.of();
        };
    }
}
