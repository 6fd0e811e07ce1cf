package io.policyhub.practice.admin;

import io.policyhub.practice.Logo;
import io.policyhub.practice.Practice;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The settings page with its three forms (profile, logo, team). A handler that refuses one form puts what was
 * typed and why it was refused into the model first; every other form shows the practice as it stands.
 */
final class SettingsPage {

    static final String VIEW = "admin/settings/settings";
    static final String PATH = "/admin/settings";

    private SettingsPage() {}

    static String render(Model model, Practice practice) {
        putIfAbsent(model, "form", SettingsForm.of(practice));
        putIfAbsent(model, "errors", Map.of());
        putIfAbsent(model, "invitation", InvitationForm.blank());
        putIfAbsent(model, "invitationErrors", Map.of());
        model.addAttribute("roles", InvitationForm.ROLES);
        model.addAttribute("logoUrl", practice.logo().map(SettingsPage::logoUrl).orElse(null));
        return VIEW;
    }

    /** Versioned by the image's content, so a new logo is never hidden by a cached one. */
    private static String logoUrl(Logo logo) {
        return LogoAdminController.PATH + "?v=" + logo.sha256().substring(0, 16);
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
