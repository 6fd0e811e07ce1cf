package io.policyhub.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Explains a refusal. A form or htmx request whose CSRF token no longer matches because the session ended is
 * treated as the ended session it is; anything else gets the "not allowed" page (or notice, for htmx).
 */
final class AdminAccessDeniedHandler implements AccessDeniedHandler {

    static final String NOT_ALLOWED = """
            <p class="notice notice-error" role="alert">Your role does not allow this. Nothing was changed.</p>""";

    private final AdminEntryPoint entryPoint;
    private final AccessDeniedHandlerImpl forbiddenPage = new AccessDeniedHandlerImpl();

    AdminAccessDeniedHandler(AdminEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
        forbiddenPage.setErrorPage(AdminPaths.FORBIDDEN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && Staff.signedIn().isEmpty()) {
            entryPoint.commence(request, response, new InsufficientAuthenticationException("session ended", denied));
        } else if (AdminPaths.htmx(request)) {
            AdminEntryPoint.notice(response, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED);
        } else {
            forbiddenPage.handle(request, response, denied);
        }
    }
}
