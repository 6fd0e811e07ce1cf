package io.policyhub.policy.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.Staff;
import io.policyhub.policy.ChangeKind;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.policy.StaleDraft;
import io.policyhub.policy.VersionDiff;
import io.policyhub.shared.Actor;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.MarkdownHtml;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publish dialog: the admin reviews what clients will read and what changed since the last version, says
 * what changed and whether clients must agree again, and publishes exactly the revision they reviewed.
 */
@AdminController
@RequestMapping("/admin/policies/{policyId}/publish")
class PublishAdminController {

    private final PolicyManagement policies;

    PublishAdminController(PolicyManagement policies) {
        this.policies = policies;
    }

    @GetMapping
    @ForAdmins
    String dialog(@PathVariable UUID policyId, Model model) {
        Policy policy = policies.get(new PolicyId(policyId));
        return show(model, policy, PublishForm.reviewing(policy.draftRevision()));
    }

    @PostMapping
    @ForAdmins
    String publish(
            @PathVariable UUID policyId,
            PublishForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var id = new PolicyId(policyId);
        try {
            PolicyVersion version = policies.publishReviewed(
                    id,
                    form.revision() == null ? 0 : form.revision(),
                    form.summary(),
                    form.changeKind(),
                    new Actor(Staff.current().actor()));
            redirect.addFlashAttribute(
                    "flash",
                    "Version " + version.number() + " is published"
                            + (version.changeKind() == ChangeKind.MAJOR
                                    ? ": every assigned client is asked to agree to it."
                                    : ": earlier agreements stay valid."));
            return "redirect:/admin/policies/" + policyId;
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", invalid.errors());
            return show(model, policies.get(id), form);
        } catch (StaleDraft stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            Policy current = policies.get(id);
            return show(
                    model, current, new PublishForm(current.draftRevision(), form.changeSummary(), form.changeKind()));
        }
    }

    private String show(Model model, Policy policy, PublishForm form) {
        int next = policy.latestVersion().orElse(0) + 1;
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("nextVersion", next);
        model.addAttribute("draftHtml", MarkdownHtml.renderBelowPageTitle(policy.draftContent()));
        policy.latestVersion().ifPresent(latest -> {
            PolicyVersion published = policies.version(policy.id(), latest);
            model.addAttribute(
                    "changes",
                    SideBySide.of(VersionDiff.ofTexts(latest, published.content(), next, policy.draftContent())));
        });
        return "admin/policy/publish";
    }
}
