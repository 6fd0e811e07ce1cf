package io.policyhub.admin;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeMemberships;
import io.policyhub.practice.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides, once per admin request, which practice it works in: the one the staff member chose in this session,
 * provided they still belong to it (or their only practice, chosen for them). Members of several practices who
 * have not chosen yet are sent to choose; people who belong to none are told so. The scope is put in the log MDC
 * and cleared when the request ends, as the REST API does for tokens.
 */
final class AdminTenantScopeFilter extends OncePerRequestFilter {

    private final PracticeMemberships memberships;

    AdminTenantScopeFilter(PracticeMemberships memberships) {
        this.memberships = memberships;
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
            chain.doFilter(request, response);
        } finally {
            MDC.remove("practiceId");
        }
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
