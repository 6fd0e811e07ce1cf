package io.policyhub.client.admin;

import io.policyhub.client.ClientImportFile;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a client file that is far too large before anything reads it, with the upload page's explanation.
 * Without this, the servlet container's multipart parser would refuse it first, the form's CSRF token would go
 * unread with it, and the admin would see a puzzling "not allowed" page instead.
 */
@Configuration(proxyBeanMethods = false)
class ClientImportSizeLimit {

    static final String PATH = "/admin/clients/import";
    static final String TOO_LARGE = "The file is larger than " + ClientImportFile.MAX_BYTES / 1024
            + " KB, the most that can be imported at once. Split it into smaller files.";
    /** The file plus a generous allowance for the form's other fields and the multipart envelope. */
    static final long MAX_REQUEST_BYTES = ClientImportFile.MAX_BYTES + 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> clientImportSizeLimitFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + PATH + "?too-large");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
