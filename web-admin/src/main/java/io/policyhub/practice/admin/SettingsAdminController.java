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
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice's settings, for its admins only: the profile clients see in e-mails and on the portal (name, contact
 * address, brand colour) and when reminders go out.
 */
@AdminController
class SettingsAdminController {

    private static final String VIEW = "admin/settings/settings";

    private final PracticeManagement practices;

    SettingsAdminController(PracticeManagement practices) {
        this.practices = practices;
    }

    @GetMapping("/admin/settings")
    @ForAdmins
    String settings(Model model) {
        return page(model, SettingsForm.of(practices.get(CurrentPractice.id())), Map.of());
    }

    @PostMapping("/admin/settings")
    @ForAdmins
    String save(
            @ModelAttribute SettingsForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            practices.change(CurrentPractice.id(), form.toChanges());
        } catch (InvalidInput invalid) {
            response.setStatus(422);
            return page(model, form, readable(invalid));
        }
        redirect.addFlashAttribute("flash", "The practice's settings were saved.");
        return "redirect:/admin/settings";
    }

    private static Map<String, String> readable(InvalidInput invalid) {
        var errors = new LinkedHashMap<String, String>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            String field = SettingsForm.fieldOf(error.field());
            errors.putIfAbsent(field, ReadableErrors.sentence(SettingsForm.LABELS.get(field), error.message()));
        }
        return errors;
    }

    private static String page(Model model, SettingsForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
