package io.policyhub.policy.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ForEditors;
import io.policyhub.admin.ForStaff;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.shared.MarkdownHtml;
import io.policyhub.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice's policies: the list, each policy's page (its editor for editors), and archiving. */
@AdminController
@RequestMapping("/admin/policies")
class PoliciesAdminController {

    static final int PAGE_SIZE = 20;

    private final PolicyManagement policies;
    private final DerivedPolicyManagement derived;

    PoliciesAdminController(PolicyManagement policies, DerivedPolicyManagement derived) {
        this.policies = policies;
        this.derived = derived;
    }

    @GetMapping
    @ForStaff
    String list(
            @RequestParam(required = false) @Nullable PolicyStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "policies", policies.list(Optional.ofNullable(status), new PageRequest(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PolicyStatus.values());
        return "admin/policy/list";
    }

    @GetMapping("/{policyId}")
    @ForStaff
    String policy(@PathVariable UUID policyId, Model model) {
        Policy policy = policies.get(new PolicyId(policyId));
        return EditorPage.show(model, policy, derived.templateStatus(policy), DraftForm.of(policy));
    }

    /** The archive confirmation: what archiving means before anything happens. */
    @GetMapping("/{policyId}/archive")
    @ForAdmins
    String confirmArchive(@PathVariable UUID policyId, Model model) {
        model.addAttribute("policy", policies.get(new PolicyId(policyId)));
        return "admin/policy/archive";
    }

    @PostMapping("/{policyId}/archive")
    @ForAdmins
    String archive(@PathVariable UUID policyId, RedirectAttributes redirect) {
        Policy archived = policies.archive(new PolicyId(policyId));
        redirect.addFlashAttribute(
                "flash",
                "“" + archived.title() + "” is archived. Its versions and every"
                        + " acknowledgement stay as evidence.");
        return "redirect:/admin/policies/" + policyId;
    }

    /** Renders Markdown as clients will see it, for the editor's live preview; nothing is saved. */
    @PostMapping("/{policyId}/preview")
    @ForEditors
    String preview(@PathVariable UUID policyId, DraftForm form, Model model) {
        policies.get(new PolicyId(policyId));
        model.addAttribute("html", MarkdownHtml.renderBelowPageTitle(form.text()));
        return "admin/policy/fragments :: preview";
    }
}
