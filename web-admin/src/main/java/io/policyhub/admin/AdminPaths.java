package io.policyhub.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The admin pages' fixed addresses, and redirects that also work for htmx requests. */
final class AdminPaths {

    static final String HOME = "/admin";
    static final String CHOOSE_PRACTICE = "/admin/practice";
    static final String NO_ACCESS = "/admin/no-access";
    static final String FORBIDDEN = "/admin/forbidden";
    static final String SIGNED_OUT = "/admin/signed-out";
    static final String LOGOUT = "/admin/logout";
    static final String ASSETS = "/admin/assets/";
    static final String WEBJARS = "/admin/webjars/";
    static final String AUTHORIZATION = "/admin/oauth2/authorization";
    static final String LOGIN_CALLBACK = "/admin/login/oauth2/code/*";
    /** The client registration staff sign in with: {@code spring.security.oauth2.client.registration.policyhub}. */
    static final String REGISTRATION_ID = "policyhub";

    private AdminPaths() {}

    /** Pages that need no chosen practice: choosing one, being told there is none, static files. */
    static boolean worksWithoutPractice(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHOOSE_PRACTICE)
                || path.equals(NO_ACCESS)
                || path.equals(FORBIDDEN)
                || path.equals(SIGNED_OUT)
                || path.startsWith(ASSETS)
                || path.startsWith(WEBJARS);
    }

    static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** A redirect the browser follows; for an htmx request, a whole-page navigation instead of a swapped fragment. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String location = request.getContextPath() + path;
        if (htmx(request)) {
            response.setHeader("HX-Redirect", location);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(location);
        }
    }
}
