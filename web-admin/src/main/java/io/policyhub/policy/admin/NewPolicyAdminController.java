package io.policyhub.policy.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForEditors;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policy;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.MarkdownHtml;
import io.policyhub.shared.PageRequest;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateId;
import io.policyhub.template.TemplateKind;
import io.policyhub.template.TemplateManagement;
import io.policyhub.template.TemplateVersion;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "New policy from a template": choose a template, answer the questions generated from its variables, preview
 * the policy they produce, and create it as a draft. Answers are checked by the template's schema, and every
 * problem is shown next to its question.
 */
@AdminController
@RequestMapping("/admin/policies/new")
class NewPolicyAdminController {

    private final TemplateManagement templates;
    private final DerivedPolicyManagement derived;
    private final PracticeManagement practices;

    NewPolicyAdminController(
            TemplateManagement templates, DerivedPolicyManagement derived, PracticeManagement practices) {
        this.templates = templates;
        this.derived = derived;
        this.practices = practices;
    }

    @GetMapping
    @ForEditors
    String chooseTemplate(Model model) {
        List<Template> usable = Stream.of(TemplateKind.PRACTICE, TemplateKind.LIBRARY)
                .flatMap(kind -> templates.list(kind, PageRequest.first(PageRequest.MAX_SIZE)).items().stream())
                .filter(template -> template.latestVersion().isPresent())
                .toList();
        model.addAttribute("templates", usable);
        return "admin/policy/new-choose";
    }

    @GetMapping("/{templateId}")
    @ForEditors
    String questions(@PathVariable UUID templateId, Model model) {
        TemplateVersion version = latest(templateId);
        return form(model, templateId, version, version.content().title(), suggestions(version), Map.of());
    }

    @PostMapping("/{templateId}/preview")
    @ForEditors
    String preview(
            @PathVariable UUID templateId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String title,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response,
            Model model) {
        TemplateVersion source = versionOf(templateId, version);
        Map<String, Object> answers = TemplateAnswers.values(source.content().schema(), form);
        try {
            String markdown = source.render(source.content().schema().resolve(answers));
            model.addAttribute("previewHtml", MarkdownHtml.renderBelowPageTitle(markdown));
            return form(model, templateId, source, title, answers, Map.of());
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, templateId, source, title, answers, errorsByField(invalid));
        }
    }

    @PostMapping("/{templateId}")
    @ForEditors
    String create(
            @PathVariable UUID templateId,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String title,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TemplateVersion source = versionOf(templateId, version);
        Map<String, Object> answers = TemplateAnswers.values(source.content().schema(), form);
        try {
            Policy policy = derived.createFromTemplate(
                    CurrentPractice.id(), new TemplateId(templateId), version, title.strip(), answers);
            redirect.addFlashAttribute(
                    "flash", "Your draft is ready. Nothing is published until an admin publishes it.");
            return "redirect:/admin/policies/" + policy.id().value();
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, templateId, source, title, answers, errorsByField(invalid));
        }
    }

    private String form(
            Model model,
            UUID templateId,
            TemplateVersion version,
            String title,
            Map<String, Object> answers,
            Map<String, String> errors) {
        List<VariableField> fields = version.content().schema().variables().stream()
                .map(variable -> VariableField.of(variable, answers, errors.get("variables." + variable.name())))
                .toList();
        model.addAttribute("templateId", templateId);
        model.addAttribute("template", version);
        model.addAttribute("pageTitle", "New policy: " + version.content().title());
        model.addAttribute("policyTitle", title);
        model.addAttribute("fields", fields);
        model.addAttribute("titleError", errors.get("title"));
        model.addAttribute("errorCount", errors.size());
        return "admin/policy/new-form";
    }

    private TemplateVersion latest(UUID templateId) {
        return templates.latest(templates.locate(new TemplateId(templateId)).ref());
    }

    private TemplateVersion versionOf(UUID templateId, int version) {
        return templates.version(templates.locate(new TemplateId(templateId)).ref(), version);
    }

    /**
     * The practice's own profile for the "practice name" and "professional body" questions without a default: fewer
     * things to type.
     */
    private Map<String, Object> suggestions(TemplateVersion version) {
        Practice practice = practices.get(CurrentPractice.id());
        var suggested = new HashMap<String, Object>();
        suggest(version, "practiceName", Optional.of(practice.name()), suggested);
        suggest(version, "professionalBody", practice.professionalBody(), suggested);
        return suggested;
    }

    private static void suggest(
            TemplateVersion version, String variableName, Optional<String> answer, Map<String, Object> suggested) {
        version.content()
                .schema()
                .variable(variableName)
                .filter(variable -> variable.defaultValue() == null)
                .ifPresent(variable -> answer.ifPresent(value -> suggested.put(variable.name(), value)));
    }

    private static Map<String, String> errorsByField(InvalidInput invalid) {
        var errors = new HashMap<String, String>();
        invalid.errors().forEach(error -> errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return errors;
    }
}
