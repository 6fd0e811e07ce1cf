package io.policyhub.admin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Grants a signed-in staff member the Spring Security roles of their realm role and of every role it includes
 * (an admin is also an editor and a viewer), so each page and action asks for the least role it needs. Other
 * realm roles (integrator, platform-admin) grant nothing here: the admin pages are for practice staff.
 */
final class StaffAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                StaffRole.highestOf(StaffClaims.realmRoles(oidc.getAttributes()))
                        .ifPresent(highest -> grantUpTo(highest, mapped));
            }
        }
        return mapped;
    }

    private static void grantUpTo(StaffRole highest, Set<GrantedAuthority> authorities) {
        for (StaffRole role : StaffRole.values()) {
            if (highest.includes(role)) {
                authorities.add(new SimpleGrantedAuthority(StaffRole.AUTHORITY_PREFIX + role.realmRole()));
            }
        }
    }
}
