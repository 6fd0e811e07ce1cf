package io.policyhub.api;

import io.policyhub.shared.Actor;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The authenticated caller of the current API request. */
public final class Caller {

    private Caller() {}

    public static Actor actor() {
        return new Actor(authentication().getName());
    }

    public static boolean hasRole(String role) {
        return authentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    static boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(Caller::hasRole);
    }

    static Jwt jwt() {
        if (authentication() instanceof JwtAuthenticationToken token) {
            return token.getToken();
        }
        throw new IllegalStateException("not a bearer-token request");
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        return authentication;
    }
}
