package io.policyhub.assignment.admin;

import io.policyhub.acknowledgement.ClientProgress;
import io.policyhub.acknowledgement.Progress;
import io.policyhub.acknowledgement.ProgressFilter;
import io.policyhub.acknowledgement.ProgressManagement;
import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ForStaff;
import io.policyhub.admin.Pager;
import io.policyhub.admin.Staff;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.assignment.AssignmentOutcome;
import io.policyhub.assignment.AssignmentStatus;
import io.policyhub.assignment.AssignmentTarget;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.shared.Actor;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning a published policy: every client with where they stand (not assigned, outstanding, overdue, agreed),
 * searchable and filterable; admins pick clients (or all of them) to assign, resend a link or revoke it.
 */
@AdminController
class AssignmentsAdminController {

    static final int PAGE_SIZE = 50;

    private final PolicyManagement policies;
    private final ProgressManagement progress;
    private final AssignmentManagement assignments;
    private final ClientManagement clients;

    AssignmentsAdminController(
            PolicyManagement policies,
            ProgressManagement progress,
            AssignmentManagement assignments,
            ClientManagement clients) {
        this.policies = policies;
        this.progress = progress;
        this.assignments = assignments;
        this.clients = clients;
    }

    @ModelAttribute("canManage")
    boolean canManage() {
        return Staff.current().canPublish();
    }

    @GetMapping("/admin/assignments")
    @ForStaff
    String choosePolicy(Model model) {
        model.addAttribute(
                "policies",
                policies.list(Optional.of(PolicyStatus.PUBLISHED), PageRequest.first(PageRequest.MAX_SIZE))
                        .items());
        return "admin/assignment/policies";
    }

    @GetMapping("/admin/assignments/{policyId}")
    @ForStaff
    String clients(
            @PathVariable UUID policyId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Progress progress,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        Policy policy = policies.get(new PolicyId(policyId));
        var filter = new ProgressFilter(Optional.ofNullable(q), Optional.ofNullable(progress));
        Page<ClientProgress> found =
                this.progress.forPolicy(policy.id(), filter, new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("policy", policy);
        model.addAttribute("assignable", policy.status() == PolicyStatus.PUBLISHED);
        model.addAttribute("q", filter.search().orElse(""));
        model.addAttribute("progress", progress);
        model.addAttribute("progressChoices", Progress.values());
        model.addAttribute("clients", found.items());
        model.addAttribute("pager", Pager.of(found, request));
        return "admin/assignment/clients";
    }

    @PostMapping("/admin/assignments/{policyId}")
    @ForAdmins
    String assign(
            @PathVariable UUID policyId,
            @RequestParam(name = "clientId", required = false) @Nullable List<UUID> clientIds,
            @RequestParam(name = "all", required = false) @Nullable String all,
            RedirectAttributes redirect) {
        var policy = new PolicyId(policyId);
        policies.get(policy);
        boolean everyone = "true".equals(all);
        if (!everyone && (clientIds == null || clientIds.isEmpty())) {
            redirect.addFlashAttribute("flash", "Nothing was assigned: tick the clients to assign first.");
            return back(policyId);
        }
        // Another practice's client is "not found" (404) here, like everywhere else in the admin pages.
        List<ClientId> picked = everyone
                ? List.of()
                : clientIds.stream()
                        .map(id -> clients.get(new ClientId(id)).id())
                        .toList();
        var target = new AssignmentTarget(picked, everyone);
        List<AssignmentOutcome> outcomes =
                assignments.assign(policy, target, new Actor(Staff.current().actor()));
        redirect.addFlashAttribute("flash", summary(outcomes));
        return back(policyId);
    }

    @PostMapping("/admin/assignments/{policyId}/clients/{clientId}/resend")
    @ForAdmins
    String resend(@PathVariable UUID policyId, @PathVariable UUID clientId, RedirectAttributes redirect) {
        var client = clients.get(new ClientId(clientId));
        assignments.resend(new PolicyId(policyId), client.id());
        redirect.addFlashAttribute("flash", "A fresh link is on its way to " + client.displayName() + ".");
        return back(policyId);
    }

    @PostMapping("/admin/assignments/{policyId}/clients/{clientId}/revoke")
    @ForAdmins
    String revoke(@PathVariable UUID policyId, @PathVariable UUID clientId, RedirectAttributes redirect) {
        var client = clients.get(new ClientId(clientId));
        assignments.unassign(new PolicyId(policyId), client.id());
        redirect.addFlashAttribute(
                "flash",
                client.displayName() + "'s links no longer work and the policy is no longer assigned to them."
                        + " Their acknowledgements stay.");
        return back(policyId);
    }

    private static String back(UUID policyId) {
        return "redirect:/admin/assignments/" + policyId;
    }

    private static String summary(List<AssignmentOutcome> outcomes) {
        Map<AssignmentStatus, Long> counts =
                outcomes.stream().collect(Collectors.groupingBy(AssignmentOutcome::status, Collectors.counting()));
        Function<AssignmentStatus, Long> count = status -> counts.getOrDefault(status, 0L);
        String assigned = clients(count.apply(AssignmentStatus.ASSIGNED)) + " assigned; they are e-mailed their link.";
        String reissued = count.apply(AssignmentStatus.LINK_REISSUED) > 0
                ? " " + clients(count.apply(AssignmentStatus.LINK_REISSUED)) + " had no working link and get a new one."
                : "";
        String already = count.apply(AssignmentStatus.ALREADY_ASSIGNED) > 0
                ? " " + clients(count.apply(AssignmentStatus.ALREADY_ASSIGNED)) + " already had it: nothing changed."
                : "";
        return assigned + reissued + already;
    }

    private static String clients(long n) {
        return n == 1 ? "1 client" : n + " clients";
    }
}
