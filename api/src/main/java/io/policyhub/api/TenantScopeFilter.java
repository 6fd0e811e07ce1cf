package io.policyhub.api;

import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeMemberships;
import io.policyhub.practice.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides, once per API request, which practice it runs in: the {@code {practiceId}} of the path, provided
 * the token's organizations include it. A practice the caller does not belong to answers 404, exactly as one
 * that does not exist, so ids of other practices cannot be probed. The scope is put in the log MDC and
 * cleared when the request ends.
 *
 * <p>A staff member's token carries the roles and practices of when it was issued. If an admin changed their role
 * in the practice, or removed them from it, since then, the token is refused (401), as their admin pages are.
 */
final class TenantScopeFilter extends OncePerRequestFilter {

    private static final Pattern PRACTICE_PATH = Pattern.compile("^/api/v1/practices/([^/]+)(/.*)?$");

    private static final String OUTDATED_CHALLENGE =
            "Bearer error=\"invalid_token\", error_description=\"Your access changed after this token was issued\"";

    private final PracticeMemberships memberships;
    private final PracticeAccessManagement access;

    TenantScopeFilter(PracticeMemberships memberships, PracticeAccessManagement access) {
        this.memberships = memberships;
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        Set<PracticeId> memberOf = memberships.of(KeycloakClaims.organizationAliases(token.getToken()));
        boolean platformAdmin = Caller.hasRole(Roles.PLATFORM_ADMIN);
        Optional<TenantScope> scope = scopeFor(request.getRequestURI(), memberOf, platformAdmin)
                .map(found -> found.actingAs(token.getName()));
        if (scope.isEmpty()) {
            ProblemWriter.write(request, response, ApiExceptionHandler.practiceNotFound());
            return;
        }
        try (var ignored = TenantScope.activate(scope.get())) {
            scope.get().practice().ifPresent(practice -> MDC.put("practiceId", practice.toString()));
            if (issuedBeforeAccessChanged(scope.get(), token)) {
                response.setHeader("WWW-Authenticate", OUTDATED_CHALLENGE);
                ProblemWriter.write(request, response, accessChanged());
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("practiceId");
        }
    }

    /**
     * Tokens state their issue time in whole seconds: one issued in the very second of the change may well come
     * after it, and is let through, so that a member who fetches a new token at once is not turned away.
     */
    private boolean issuedBeforeAccessChanged(TenantScope scope, JwtAuthenticationToken token) {
        if (scope.practice().isEmpty() || scope.platformWide() || !Caller.hasAnyRole(Roles.STAFF)) {
            return false;
        }
        Instant issuedAt = Optional.ofNullable(token.getToken().getIssuedAt()).orElse(Instant.EPOCH);
        return !access.sessionIsCurrent(scope.practice().get(), token.getName(), issuedAt.plusSeconds(1));
    }

    private static ProblemDetail accessChanged() {
        return ProblemWriter.problem(
                HttpStatus.UNAUTHORIZED,
                "access-changed",
                "Unauthorized",
                "Your role in this practice was changed, or you were removed from it, after this token was issued."
                        + " Get a new token.");
    }

    private static Optional<TenantScope> scopeFor(String path, Set<PracticeId> memberships, boolean platformAdmin) {
        Matcher matcher = PRACTICE_PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.of(new TenantScope(Optional.empty(), memberships, platformAdmin, TenantScope.SYSTEM));
        }
        Optional<PracticeId> practice = parse(matcher.group(1));
        if (practice.isEmpty()) {
            return Optional.empty();
        }
        if (memberships.contains(practice.get())) {
            return Optional.of(new TenantScope(practice, memberships, false, TenantScope.SYSTEM));
        }
        // Platform administrators manage practices' profiles, never their clients' data.
        boolean profileOnly = matcher.group(2) == null || matcher.group(2).equals("/");
        if (platformAdmin && profileOnly) {
            return Optional.of(new TenantScope(practice, Set.of(practice.get()), true, TenantScope.SYSTEM));
        }
        return Optional.empty();
    }

    private static Optional<PracticeId> parse(String text) {
        try {
            return Optional.of(new PracticeId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
