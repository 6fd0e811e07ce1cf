package io.policyhub.admin;

import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.practice.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.HtmlUtils;

/** What the admin layout shows on every page: who is signed in, in which practice, and where they are. */
@ControllerAdvice(annotations = AdminController.class)
class AdminPageModel {

    private static final AdminFormat FORMAT = new AdminFormat();

    private final PracticeManagement practices;

    AdminPageModel(PracticeManagement practices) {
        this.practices = practices;
    }

    @ModelAttribute("staff")
    @Nullable
    Staff staff() {
        return Staff.signedIn().orElse(null);
    }

    @ModelAttribute("practice")
    @Nullable
    Practice practice() {
        return TenantScope.current().practice().map(practices::get).orElse(null);
    }

    /** Whether the staff member belongs to more than one practice, and so may switch. */
    @ModelAttribute("severalPractices")
    boolean severalPractices() {
        return TenantScope.current().visiblePractices().size() > 1;
    }

    @ModelAttribute("format")
    AdminFormat format() {
        return FORMAT;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The CSRF token as an htmx header, so every htmx request carries it without inline script. */
    @ModelAttribute("htmxHeaders")
    @Nullable
    String htmxHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + HtmlUtils.htmlEscape(token.getHeaderName()) + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }
}
