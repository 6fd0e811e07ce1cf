package io.policyhub.practice.admin;

import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.Staff;
import io.policyhub.practice.Logo;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeManagement;
import io.policyhub.shared.ServiceUnavailable;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The settings page with its forms (profile, logo, team) and the team's list. A handler that refuses one form puts
 * what was typed and why it was refused into the model first; every other form shows the practice as it stands.
 * The team comes from the identity provider: when it cannot be reached, the rest of the page still works.
 */
@Component
final class SettingsPage {

    private static final Logger log = LoggerFactory.getLogger(SettingsPage.class);

    static final String VIEW = "admin/settings/settings";
    static final String PATH = "/admin/settings";

    static final String TEAM_UNAVAILABLE = "The sign-in service could not be reached, so the team cannot be shown"
            + " right now. Please try again in a moment.";

    private final PracticeManagement practices;
    private final PracticeAccessManagement access;

    SettingsPage(PracticeManagement practices, PracticeAccessManagement access) {
        this.practices = practices;
        this.access = access;
    }

    String render(Model model) {
        Practice practice = practices.get(CurrentPractice.id());
        putIfAbsent(model, "form", SettingsForm.of(practice));
        putIfAbsent(model, "errors", Map.of());
        putIfAbsent(model, "invitation", InvitationForm.blank());
        putIfAbsent(model, "invitationErrors", Map.of());
        model.addAttribute("roles", InvitationForm.ROLES);
        model.addAttribute("logoUrl", practice.logo().map(SettingsPage::logoUrl).orElse(null));
        addTeam(model);
        return VIEW;
    }

    /**
     * Says on the page that the identity provider cannot be reached, for a handler that just found out: the page
     * then does not ask it for the team again (and wait for it a second time).
     */
    static void identityProviderUnavailable(Model model) {
        model.addAttribute("team", List.of());
        model.addAttribute("teamUnavailable", TEAM_UNAVAILABLE);
    }

    private void addTeam(Model model) {
        if (model.containsAttribute("teamUnavailable")) {
            return;
        }
        String signedIn = Staff.current().actor();
        try {
            List<TeamMemberRow> team = access.team(CurrentPractice.id()).stream()
                    .map(member -> TeamMemberRow.of(member, signedIn))
                    .toList();
            model.addAttribute("team", team);
        } catch (ServiceUnavailable unavailable) {
            log.warn("{}: {}", unavailable.problem(), String.valueOf(unavailable.getCause()));
            identityProviderUnavailable(model);
        }
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
