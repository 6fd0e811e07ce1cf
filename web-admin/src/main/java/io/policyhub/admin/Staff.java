package io.policyhub.admin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The member of practice staff signed in to the admin pages, as the identity provider describes them.
 *
 * @param actor a stable name for the audit trail: the {@code preferred_username} (as the REST API records it)
 * @param displayName how pages greet them: the {@code name} claim when the provider sends one
 * @param role their highest staff role; empty for identities that are not practice staff
 * @param organizationAliases the practices (Keycloak organizations) they belong to, by alias
 */
public record Staff(String actor, String displayName, Optional<StaffRole> role, Set<String> organizationAliases) {

    public Staff {
        organizationAliases = Set.copyOf(organizationAliases);
    }

    static Staff of(OidcUser user) {
        Map<String, Object> claims = user.getClaims();
        String actor = firstPresent(user.getPreferredUsername(), user.getEmail(), user.getSubject());
        String displayName = firstPresent(user.getFullName(), actor);
        return new Staff(
                actor,
                displayName,
                StaffRole.highestOf(StaffClaims.realmRoles(claims)),
                StaffClaims.organizationAliases(claims));
    }

    /** The staff member of the current admin request. */
    public static Staff current() {
        return signedIn().orElseThrow(() -> new IllegalStateException("no staff member is signed in"));
    }

    static Optional<Staff> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(of(user));
        }
        return Optional.empty();
    }

    public boolean canEdit() {
        return role.map(StaffRole::canEdit).orElse(false);
    }

    public boolean canPublish() {
        return role.map(StaffRole::canPublish).orElse(false);
    }

    private static String firstPresent(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "unknown";
    }
}
