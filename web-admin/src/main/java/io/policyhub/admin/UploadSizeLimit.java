package io.policyhub.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away an upload that is far too large before anything reads it, and sends the admin to a page that explains
 * the limit. Without this, the servlet container's multipart parser would refuse it first, the form's CSRF token
 * would go unread with it, and the admin would see a puzzling "not allowed" page instead.
 */
public final class UploadSizeLimit extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final String explanationPath;

    private UploadSizeLimit(long maxRequestBytes, String explanationPath) {
        this.maxRequestBytes = maxRequestBytes;
        this.explanationPath = explanationPath;
    }

    /**
     * @param maxRequestBytes the largest file accepted plus a generous allowance for the form's other fields and the
     *     multipart envelope
     * @param explanationPath where a refused upload is sent (see other), to a page that says why
     */
    public static FilterRegistrationBean<UploadSizeLimit> on(
            String uploadPath, long maxRequestBytes, String explanationPath) {
        var registration =
                new FilterRegistrationBean<UploadSizeLimit>(new UploadSizeLimit(maxRequestBytes, explanationPath));
        registration.addUrlPatterns(uploadPath);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxRequestBytes) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + explanationPath);
            return;
        }
        chain.doFilter(request, response);
    }
}
