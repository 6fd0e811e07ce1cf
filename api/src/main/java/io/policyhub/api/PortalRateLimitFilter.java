package io.policyhub.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits portal requests per client IP and per token, answering 429 with Retry-After: a link cannot be
 * hammered, and nobody can try tokens at speed.
 */
public final class PortalRateLimitFilter extends OncePerRequestFilter {

    private static final Pattern TOKEN = Pattern.compile("^/portal/(?:api/)?([^/]+)");

    private final RateLimiter perIp;
    private final RateLimiter perToken;

    public PortalRateLimitFilter(RateLimiter perIp, RateLimiter perToken) {
        this.perIp = perIp;
        this.perToken = perToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = perIp.acquire(request.getRemoteAddr());
        Matcher token = TOKEN.matcher(request.getRequestURI());
        if (wait.isZero() && token.find()) {
            wait = perToken.acquire(token.group(1));
        }
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemWriter.write(
                    request,
                    response,
                    ProblemWriter.problem(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too-many-requests",
                            "Too many requests",
                            "Please wait " + seconds + " seconds and try again."));
            return;
        }
        chain.doFilter(request, response);
    }
}
