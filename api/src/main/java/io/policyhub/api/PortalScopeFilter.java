package io.policyhub.api;

import io.policyhub.acknowledgement.PortalTokens;
import io.policyhub.assignment.PortalToken;
import io.policyhub.practice.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Scopes a portal request to the practice of its token. An unknown (or malformed) token gets an empty scope
 * after the very same look-up, so the answer, and its timing, never tell whether a token exists.
 */
public final class PortalScopeFilter extends OncePerRequestFilter {

    private static final Pattern PORTAL_PATH = Pattern.compile("^/portal/(?:api/)?([^/]+)(?:/.*)?$");

    /** Portal requests act as the link's client, whom the audit details name; the actor says where it came from. */
    static final String PORTAL_CLIENT = "portal-client";

    private final PortalTokens tokens;

    public PortalScopeFilter(PortalTokens tokens) {
        this.tokens = tokens;
    }

    /** The token of a portal path, or a fresh random one (which matches nothing) if the path has none. */
    public static PortalToken tokenOf(String candidate) {
        return PortalToken.looksLikeToken(candidate) ? new PortalToken(candidate) : PortalToken.generate();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = PORTAL_PATH.matcher(request.getRequestURI());
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        PortalToken token = tokenOf(matcher.group(1));
        TenantScope scope = tokens.practiceOf(token)
                .map(practice -> TenantScope.of(practice).actingAs(PORTAL_CLIENT))
                .orElse(TenantScope.none());
        try (var ignored = TenantScope.activate(scope)) {
            scope.practice().ifPresent(practice -> MDC.put("practiceId", practice.toString()));
            chain.doFilter(request, response);
        } finally {
            MDC.remove("practiceId");
        }
    }
}
