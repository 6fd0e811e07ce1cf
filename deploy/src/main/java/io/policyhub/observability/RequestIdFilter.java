package io.policyhub.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, put in the log MDC for every line logged while it runs and returned in the
 * response, so a user's report can be matched to the logs. A reverse proxy's {@code X-Request-Id} is kept when
 * it is a plain token; anything else (which could forge log lines) is replaced by a fresh id.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RequestLog.STARTED, System.nanoTime());
        String requestId = requestIdOf(request.getHeader(HEADER));
        MDC.put(MDC_KEY, requestId);
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String requestIdOf(String header) {
        if (header != null && PLAIN_TOKEN.matcher(header).matches()) {
            return header;
        }
        return UUID.randomUUID().toString();
    }
}
