package io.policyhub.policy.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForStaff;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyNotFound;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.shared.MarkdownHtml;
import io.policyhub.shared.PageRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A policy's published versions: the history, each version as clients read it, and any two side by side. */
@AdminController
@RequestMapping("/admin/policies/{policyId}")
class VersionsAdminController {

    private final PolicyManagement policies;
    private final PolicyDocumentManagement documents;

    VersionsAdminController(PolicyManagement policies, PolicyDocumentManagement documents) {
        this.policies = policies;
        this.documents = documents;
    }

    @GetMapping("/versions")
    @ForStaff
    String history(@PathVariable UUID policyId, @RequestParam(defaultValue = "0") int page, Model model) {
        var id = new PolicyId(policyId);
        Policy policy = policies.get(id);
        model.addAttribute("policy", policy);
        model.addAttribute("versions", policies.versions(id, new PageRequest(Math.max(page, 0), PageRequest.MAX_SIZE)));
        return "admin/policy/versions";
    }

    @GetMapping("/versions/{number}")
    @ForStaff
    String version(@PathVariable UUID policyId, @PathVariable int number, Model model) {
        var id = new PolicyId(policyId);
        PolicyVersion version = policies.version(id, number);
        model.addAttribute("policy", policies.get(id));
        model.addAttribute("version", version);
        model.addAttribute("html", MarkdownHtml.renderBelowPageTitle(version.content()));
        return "admin/policy/version";
    }

    /** Any two versions side by side; by default the newest against the one before it. */
    @GetMapping("/diff")
    @ForStaff
    String diff(
            @PathVariable UUID policyId,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to,
            Model model) {
        var id = new PolicyId(policyId);
        Policy policy = policies.get(id);
        int newest = policy.latestVersion().orElseThrow(() -> PolicyNotFound.version(id, 1));
        int newer = to == null ? newest : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        model.addAttribute("policy", policy);
        model.addAttribute("newest", newest);
        model.addAttribute("diff", SideBySide.of(documents.diff(id, newer, older)));
        return "admin/policy/diff";
    }
}
