package io.policyhub.admin;

import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeMemberships;
import io.policyhub.practice.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides, once per admin request, which practice it works in: the one the staff member chose in this session,
 * provided they still belong to it (or their only practice, chosen for them). Members of several practices who
 * have not chosen yet are sent to choose; people who belong to none are told so. The scope is put in the log MDC
 * and cleared when the request ends, as the REST API does for tokens.
 *
 * <p>A session carries the roles and practices of its sign-in. If an admin has since changed the member's role in
 * the practice or removed them from it, the session ends here, before the page does anything, and the member
 * signs in again: with the new role, or to find they no longer belong.
 */
final class AdminTenantScopeFilter extends OncePerRequestFilter {

    private final PracticeMemberships memberships;
    private final PracticeAccessManagement access;

    AdminTenantScopeFilter(PracticeMemberships memberships, PracticeAccessManagement access) {
        this.memberships = memberships;
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Staff> staff = Staff.signedIn();
        if (staff.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Set<PracticeId> memberOf = memberships.of(staff.get().organizationAliases());
        Optional<PracticeId> practice = chosen(request, memberOf);
        if (practice.isEmpty() && !AdminPaths.worksWithoutPractice(request)) {
            AdminPaths.redirect(
                    request, response, memberOf.isEmpty() ? AdminPaths.NO_ACCESS : AdminPaths.CHOOSE_PRACTICE);
            return;
        }
        var scope = new TenantScope(practice, memberOf, false, staff.get().actor());
        try (var ignored = TenantScope.activate(scope)) {
            practice.ifPresent(id -> MDC.put("practiceId", id.toString()));
            // Style sheets and scripts need no practice, nor the check's query.
            if (practice.isPresent()
                    && !AdminPaths.worksWithoutPractice(request)
                    && !access.sessionIsCurrent(practice.get(), staff.get().actor(), SignInMoment.of(request))) {
                signOut(request);
                AdminPaths.redirect(request, response, AdminPaths.HOME);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("practiceId");
        }
    }

    /** Ends the session here only: the provider's own session stays, so signing in again takes no password. */
    private static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static Optional<PracticeId> chosen(HttpServletRequest request, Set<PracticeId> memberships) {
        Optional<PracticeId> chosen = PracticeSelection.of(request).filter(memberships::contains);
        if (chosen.isEmpty() && memberships.size() == 1) {
            chosen = Optional.of(memberships.iterator().next());
            PracticeSelection.choose(request, chosen.get());
        }
        return chosen;
    }
}
