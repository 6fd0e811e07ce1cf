package io.policyhub.policy.admin;

import io.policyhub.policy.Policy;
import io.policyhub.policy.TemplateStatus;
import io.policyhub.shared.MarkdownHtml;
import java.util.Optional;
import org.springframework.ui.Model;

/** Fills the model of a policy's page: the policy, the editor's form and the preview of the form's text. */
final class EditorPage {

    static final String VIEW = "admin/policy/editor";

    private EditorPage() {}

    static String show(Model model, Policy policy, Optional<TemplateStatus> template, DraftForm form) {
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("previewHtml", MarkdownHtml.renderBelowPageTitle(form.text()));
        model.addAttribute("template", template.orElse(null));
        return VIEW;
    }
}
