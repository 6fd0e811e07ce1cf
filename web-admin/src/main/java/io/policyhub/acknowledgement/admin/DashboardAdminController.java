package io.policyhub.acknowledgement.admin;

import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForStaff;
import io.policyhub.audit.AuditFilter;
import io.policyhub.audit.AuditManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The practice's home: each current policy with its version and how its clients stand (policies with overdue
 * clients first, and within each the overdue clients first), and what happened lately.
 */
@AdminController
class DashboardAdminController {

    static final int POLICIES = 50;
    static final int CLIENTS_PER_POLICY = 5;
    static final int ACTIVITY = 12;

    private final PolicyManagement policies;
    private final AcknowledgementManagement acknowledgements;
    private final AuditManagement audit;

    DashboardAdminController(
            PolicyManagement policies, AcknowledgementManagement acknowledgements, AuditManagement audit) {
        this.policies = policies;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
    }

    @GetMapping("/admin")
    @ForStaff
    String dashboard(Model model) {
        List<Policy> recent =
                policies.list(Optional.empty(), PageRequest.first(POLICIES)).items();
        List<PolicyCompliance> current = recent.stream()
                .filter(policy -> policy.status() != PolicyStatus.ARCHIVED)
                .map(this::compliance)
                .sorted(Comparator.comparingLong(PolicyCompliance::overdue)
                        .thenComparingLong(PolicyCompliance::outstanding)
                        .reversed()
                        .thenComparing(row -> row.policy().title()))
                .toList();
        Map<UUID, String> titles =
                recent.stream().collect(Collectors.toMap(policy -> policy.id().value(), Policy::title));
        model.addAttribute("policies", current);
        model.addAttribute(
                "activity",
                audit.list(AuditFilter.byPeople(), PageRequest.first(ACTIVITY)).items().stream()
                        .map(entry -> ActivityLine.of(entry, titles))
                        .toList());
        return "admin/acknowledgement/dashboard";
    }

    private PolicyCompliance compliance(Policy policy) {
        return PolicyCompliance.of(
                policy,
                policy.latestVersion()
                        .map(published ->
                                acknowledgements.compliance(policy.id(), PageRequest.first(CLIENTS_PER_POLICY))));
    }
}
