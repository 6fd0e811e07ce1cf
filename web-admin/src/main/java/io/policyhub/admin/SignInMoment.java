package io.policyhub.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Records when a staff member signed in to this session, by the application's clock, which also times every
 * change of their access: the ID token's own time counts whole seconds only, and a member who signed in again in
 * the second of a change would be sent round once more. Then continues to the page asked for, or the home page.
 */
final class SignInMoment extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final String ATTRIBUTE = SignInMoment.class.getName();

    private final Clock clock;

    SignInMoment(Clock clock) {
        this.clock = clock;
        setDefaultTargetUrl(AdminPaths.HOME);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        request.getSession().setAttribute(ATTRIBUTE, clock.instant());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** When this session signed in; a session that did not record it counts as older than any change. */
    static Instant of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object moment = session == null ? null : session.getAttribute(ATTRIBUTE);
        return moment instanceof Instant signedIn ? signedIn : Instant.EPOCH;
    }
}
