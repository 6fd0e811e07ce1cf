package io.policyhub.observability;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request that reached a controller, logged while the request's practice is still in the MDC. It
 * names the route template ({@code /portal/{token}}), never the raw path, so portal tokens and ids in paths
 * stay out of the logs, and it never logs query strings, headers or bodies (where clients' data travels).
 */
final class RequestLog implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);
    /** When the request arrived: set by the first filter, so the time includes authentication and admission. */
    static final String STARTED = RequestLog.class.getName() + ".started";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(STARTED) == null) {
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        // The error page a failed request is forwarded to is the same request: its line is already written.
        if (!log.isInfoEnabled() || request.getDispatcherType() != DispatcherType.REQUEST) {
            return;
        }
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        long millis = request.getAttribute(STARTED) instanceof Long started
                ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)
                : -1;
        log.info(
                "{} {} -> {} in {} ms",
                request.getMethod(),
                route == null ? "(unmapped)" : route,
                status(response, failure),
                millis);
    }

    /** An exception no handler resolved becomes a 500 only later, on the error page; it is one already. */
    private static int status(HttpServletResponse response, @Nullable Exception failure) {
        return failure != null && response.getStatus() < 400 ? 500 : response.getStatus();
    }
}
