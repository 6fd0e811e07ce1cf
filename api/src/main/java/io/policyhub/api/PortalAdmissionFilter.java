package io.policyhub.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@code maxConcurrent} portal requests work at once; the others wait their turn, first come first
 * served, before any of their work starts. With a virtual thread per request, every request of a burst would
 * otherwise start at once: all of them holding memory while they queue for a database connection, which the
 * garbage collector then has to copy, which lengthens its pauses, which lengthens the queue. Measured in the
 * load test: a burst at 500 acknowledgements a second left 27 MB of live requests for one young collection to
 * copy (a 183 ms pause). A request that cannot start within {@code maxWait} gets 503 with Retry-After.
 */
public final class PortalAdmissionFilter extends OncePerRequestFilter {

    private static final String TRY_AGAIN =
            "Too many people are using their links right now. Please try again in a moment.";

    private final Semaphore permits;
    private final Duration maxWait;

    public PortalAdmissionFilter(int maxConcurrent, Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one portal request must be able to run: " + maxConcurrent);
        }
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admitted()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean admitted() {
        try {
            return permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        if (request.getRequestURI().startsWith("/portal/api/")) {
            ProblemWriter.write(
                    request,
                    response,
                    ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy", TRY_AGAIN));
        } else {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), TRY_AGAIN);
        }
    }
}
