package io.policyhub.policy.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForEditors;
import io.policyhub.audit.AuditEntry;
import io.policyhub.audit.AuditFilter;
import io.policyhub.audit.AuditManagement;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.StaleDraft;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves the editor's draft: as htmx autosave (answering a status fragment) or as a plain form post. A draft
 * someone else saved in the meantime is never overwritten unless the editor, warned, chooses to.
 */
@AdminController
class DraftAdminController {

    private static final String FRAGMENTS = "admin/policy/fragments :: ";

    private final PolicyManagement policies;
    private final DerivedPolicyManagement derived;
    private final AuditManagement audit;
    private final Clock clock;

    DraftAdminController(
            PolicyManagement policies, DerivedPolicyManagement derived, AuditManagement audit, Clock clock) {
        this.policies = policies;
        this.derived = derived;
        this.audit = audit;
        this.clock = clock;
    }

    @PostMapping("/admin/policies/{policyId}/draft")
    @ForEditors
    String save(
            @PathVariable UUID policyId,
            DraftForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var id = new PolicyId(policyId);
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        try {
            Policy saved = policies.editDraft(id, form.titleText(), form.text(), form.expectedRevision());
            if (htmx) {
                model.addAttribute("policy", saved);
                model.addAttribute("savedAt", clock.instant());
                return FRAGMENTS + "saved";
            }
            redirect.addFlashAttribute("flash", "Draft saved.");
            return "redirect:/admin/policies/" + policyId;
        } catch (StaleDraft stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", conflict(id, stale.currentRevision()));
            model.addAttribute("policy", policies.get(id));
            return htmx ? FRAGMENTS + "conflict" : reshow(model, id, form);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", invalid.errors());
            return htmx ? FRAGMENTS + "invalid" : reshow(model, id, form);
        } catch (StateConflict refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", refused.getMessage());
            return htmx ? FRAGMENTS + "refused" : reshow(model, id, form);
        }
    }

    /** The policy's page again, with the editor's own text kept in the form so nothing typed is lost. */
    private String reshow(Model model, PolicyId id, DraftForm form) {
        Policy policy = policies.get(id);
        return EditorPage.show(model, policy, derived.templateStatus(policy), form);
    }

    private DraftConflict conflict(PolicyId id, long currentRevision) {
        var edits = new AuditFilter(Optional.of("POLICY_DRAFT_EDITED"), Optional.of(id.value()));
        Optional<AuditEntry> last =
                audit.list(edits, PageRequest.first(1)).items().stream().findFirst();
        return new DraftConflict(
                currentRevision,
                last.map(AuditEntry::actor).orElse(null),
                last.map(AuditEntry::occurredAt).orElse(null));
    }
}
