package io.policyhub.policy.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForEditors;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.StaleDraft;
import io.policyhub.policy.TemplateUpgrade;
import io.policyhub.policy.VersionDiff;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.MarkdownHtml;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bringing a policy to its template's newest version: the three-way merge keeps the practice's own edits; where
 * both sides changed the same lines, the editor sees the three texts and writes the result. Only the draft
 * changes; publishing stays a separate, deliberate step.
 */
@AdminController
@RequestMapping("/admin/policies/{policyId}/template-upgrade")
class TemplateUpgradeAdminController {

    private final PolicyManagement policies;
    private final DerivedPolicyManagement derived;

    TemplateUpgradeAdminController(PolicyManagement policies, DerivedPolicyManagement derived) {
        this.policies = policies;
        this.derived = derived;
    }

    @GetMapping
    @ForEditors
    String proposal(@PathVariable UUID policyId, Model model) {
        var id = new PolicyId(policyId);
        return show(model, policies.get(id), derived.proposeUpgrade(id), null);
    }

    @PostMapping
    @ForEditors
    String apply(
            @PathVariable UUID policyId,
            @RequestParam long baseRevision,
            @RequestParam(required = false) @Nullable String resolvedContent,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var id = new PolicyId(policyId);
        String resolution = resolvedContent == null ? null : resolvedContent.replace("\r\n", "\n");
        try {
            Policy upgraded = derived.applyUpgrade(id, baseRevision, resolution);
            redirect.addFlashAttribute(
                    "flash",
                    "The draft now follows template version "
                            + upgraded.templateOrigin().orElseThrow().version()
                            + ". Review it, then publish when you are ready.");
            return "redirect:/admin/policies/" + policyId;
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", invalid.errors());
            model.addAttribute("resolution", resolution);
            return show(model, policies.get(id), derived.proposeUpgrade(id), resolution);
        } catch (StaleDraft stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return show(model, policies.get(id), derived.proposeUpgrade(id), resolution);
        }
    }

    private static String show(Model model, Policy policy, TemplateUpgrade upgrade, @Nullable String resolution) {
        model.addAttribute("policy", policy);
        model.addAttribute("upgrade", upgrade);
        model.addAttribute(
                "resolution", resolution != null ? resolution : upgrade.merge().text());
        if (upgrade.merge().clean()) {
            int current = policy.latestVersion().orElse(0);
            model.addAttribute(
                    "changes",
                    SideBySide.of(VersionDiff.ofTexts(
                            current,
                            policy.draftContent(),
                            current + 1,
                            upgrade.merge().text())));
            model.addAttribute(
                    "mergedHtml",
                    MarkdownHtml.renderBelowPageTitle(upgrade.merge().text()));
        }
        return "admin/policy/upgrade";
    }
}
