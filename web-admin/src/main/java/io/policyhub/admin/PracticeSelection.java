package io.policyhub.admin;

import io.policyhub.practice.PracticeId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The practice a staff member chose to work in, kept in their session until they choose another or sign out. */
final class PracticeSelection {

    private static final String ATTRIBUTE = PracticeSelection.class.getName();

    private PracticeSelection() {}

    static Optional<PracticeId> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof PracticeId practice) {
            return Optional.of(practice);
        }
        return Optional.empty();
    }

    static void choose(HttpServletRequest request, PracticeId practice) {
        request.getSession().setAttribute(ATTRIBUTE, practice);
    }
}
