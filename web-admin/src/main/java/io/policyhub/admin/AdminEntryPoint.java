package io.policyhub.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends people who are not signed in (or whose session timed out) to sign in. An htmx request made from a page
 * left open past the session's end, such as an autosave, gets a notice in the page instead: following a redirect
 * there would throw away what the editor just typed.
 */
final class AdminEntryPoint implements AuthenticationEntryPoint {

    static final String SESSION_ENDED = """
            <p class="notice notice-error" role="alert">Your session has ended, so your latest changes were
            <strong>not saved</strong>. Copy anything you need, then
            <a href="/admin" target="_blank" rel="noopener">sign in again in a new tab</a> and paste it back.</p>""";

    private final LoginUrlAuthenticationEntryPoint signIn;

    AdminEntryPoint(String signInUrl) {
        this.signIn = new LoginUrlAuthenticationEntryPoint(signInUrl);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException, jakarta.servlet.ServletException {
        if (AdminPaths.htmx(request)) {
            notice(response, HttpServletResponse.SC_UNAUTHORIZED, SESSION_ENDED);
        } else {
            signIn.commence(request, response, reason);
        }
    }

    /** Puts {@code html} into the page's notice area, whatever element the htmx request meant to update. */
    static void notice(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setHeader("HX-Retarget", "#page-notice");
        response.setHeader("HX-Reswap", "innerHTML");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }
}
