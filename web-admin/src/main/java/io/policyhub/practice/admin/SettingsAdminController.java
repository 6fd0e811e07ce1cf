package io.policyhub.practice.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ReadableErrors;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice's settings, for its admins only: the profile clients see in e-mails and on the portal (name,
 * professional body, contact address, sender name, brand colour) and when reminders go out. The logo and the team
 * have handlers of their own on the same page. Editors and viewers see none of it: the team's e-mail addresses and
 * roles are an admin's business.
 */
@AdminController
class SettingsAdminController {

    private final PracticeManagement practices;
    private final SettingsPage settingsPage;

    SettingsAdminController(PracticeManagement practices, SettingsPage settingsPage) {
        this.practices = practices;
        this.settingsPage = settingsPage;
    }

    @GetMapping(SettingsPage.PATH)
    @ForAdmins
    String settings(
            @RequestParam(name = LogoAdminController.TOO_LARGE_PARAMETER, required = false) @Nullable String tooLarge,
            Model model) {
        if (tooLarge != null) {
            model.addAttribute("logoError", LogoAdminController.TOO_LARGE);
        }
        return settingsPage.render(model);
    }

    @PostMapping(SettingsPage.PATH)
    @ForAdmins
    String save(
            @ModelAttribute SettingsForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            practices.change(CurrentPractice.id(), form.toChanges());
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("errors", readable(invalid));
            return settingsPage.render(model);
        }
        redirect.addFlashAttribute("flash", "The practice's settings were saved.");
        return "redirect:" + SettingsPage.PATH;
    }

    private static Map<String, String> readable(InvalidInput invalid) {
        var errors = new LinkedHashMap<String, String>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            String field = SettingsForm.fieldOf(error.field());
            errors.putIfAbsent(field, ReadableErrors.sentence(SettingsForm.LABELS.get(field), error.message()));
        }
        return errors;
    }
}
