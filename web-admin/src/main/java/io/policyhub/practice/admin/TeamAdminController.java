package io.policyhub.practice.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForAdmins;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.StaffInvited;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.ServiceUnavailable;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins invite people to the practice's team with a role, through the identity provider (Keycloak in
 * production): a new person gets an e-mail to set up their account, someone who already has one simply joins.
 * Every refusal is shown next to the form with what was typed, and nothing is half done. Changing and removing
 * members is {@link TeamMemberAdminController}'s.
 */
@AdminController
class TeamAdminController {

    static final String PATH = "/admin/settings/team";
    /** Shown in the team's section: the forms' actions take the browser back there, past the page's top. */
    static final String NOTICE = "teamNotice";

    static final String UNAVAILABLE = "The sign-in service could not be reached, so nobody was invited and nothing"
            + " was changed. Please try again in a moment.";

    private final PracticeAccessManagement access;
    private final SettingsPage settingsPage;

    TeamAdminController(PracticeAccessManagement access, SettingsPage settingsPage) {
        this.access = access;
        this.settingsPage = settingsPage;
    }

    @PostMapping(PATH)
    @ForAdmins
    String invite(
            @ModelAttribute InvitationForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            StaffInvited invited = access.invite(CurrentPractice.id(), form.toInvitation());
            redirect.addFlashAttribute(NOTICE, confirmation(invited));
            return "redirect:" + SettingsPage.PATH;
        } catch (InvalidInput invalid) {
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, form, InvitationForm.readable(invalid), response, model);
        } catch (StateConflict conflict) {
            return refused(HttpStatus.CONFLICT, form, Map.of("inviteRole", conflict.getMessage()), response, model);
        } catch (ServiceUnavailable unavailable) {
            response.setHeader("Retry-After", "30");
            SettingsPage.identityProviderUnavailable(model);
            return refused(HttpStatus.SERVICE_UNAVAILABLE, form, Map.of("invitation", UNAVAILABLE), response, model);
        }
    }

    private static String confirmation(StaffInvited invited) {
        String role = InvitationForm.withArticle(invited.role());
        return invited.newAccount()
                ? invited.email() + " was invited as " + role + ". An e-mail asks them to set up their account."
                : invited.email() + " already had an account and now belongs to the practice as " + role + ".";
    }

    private String refused(
            HttpStatus status,
            InvitationForm form,
            Map<String, String> errors,
            HttpServletResponse response,
            Model model) {
        response.setStatus(status.value());
        model.addAttribute("invitation", form);
        model.addAttribute("invitationErrors", errors);
        return settingsPage.render(model);
    }
}
