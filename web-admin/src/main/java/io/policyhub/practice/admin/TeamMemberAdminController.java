package io.policyhub.practice.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.Staff;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.StaffRole;
import io.policyhub.practice.TeamMember;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.ServiceUnavailable;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins give a member of the team another role, or take them off the team after a confirmation step, through the
 * identity provider. A refusal (the practice's last admin, a role shared with another practice, the provider out
 * of reach) is explained in the team's section and changes nothing. Someone of another practice is not found.
 * The change applies from the member's next page: a session signed in before it ends there (the pages read roles
 * and practices from the sign-in).
 */
@AdminController
class TeamMemberAdminController {

    static final String PATH = TeamAdminController.PATH;

    static final String UNAVAILABLE =
            "The sign-in service could not be reached, so nothing was changed. Please try again in a moment.";

    private static final String CONFIRM_REMOVAL = "admin/settings/remove-member";

    private final PracticeAccessManagement access;
    private final SettingsPage settingsPage;

    TeamMemberAdminController(PracticeAccessManagement access, SettingsPage settingsPage) {
        this.access = access;
        this.settingsPage = settingsPage;
    }

    @PostMapping(PATH + "/{memberId}/role")
    @ForAdmins
    String changeRole(
            @PathVariable String memberId,
            @RequestParam(required = false) @Nullable String role,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        StaffRole chosen;
        try {
            chosen = StaffRole.ofRoleName(role == null ? "" : role);
        } catch (InvalidInput unknown) {
            return teamRefused(
                    HttpStatus.UNPROCESSABLE_CONTENT, "Choose a role: viewer, editor or admin.", response, model);
        }
        return changeTeam(
                () -> {
                    TeamMember member = access.changeRole(CurrentPractice.id(), memberId, chosen);
                    return member.displayName() + " is now " + InvitationForm.withArticle(chosen)
                            + ". If they are signed in, their next page asks them to sign in again, and they continue with the new role.";
                },
                response,
                model,
                redirect);
    }

    /** The confirmation step: what removing someone does and does not do, before it is done. */
    @GetMapping(PATH + "/{memberId}/remove")
    @ForAdmins
    String confirmRemoval(@PathVariable String memberId, Model model) {
        TeamMember member = access.member(CurrentPractice.id(), memberId);
        model.addAttribute("member", TeamMemberRow.of(member, Staff.current().actor()));
        return CONFIRM_REMOVAL;
    }

    @PostMapping(PATH + "/{memberId}/remove")
    @ForAdmins
    String remove(
            @PathVariable String memberId, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return changeTeam(
                () -> access.remove(CurrentPractice.id(), memberId).displayName()
                        + " was removed from the practice. Their account stays, and so do any other practices"
                        + " they belong to; they can be invited again.",
                response,
                model,
                redirect);
    }

    /** Makes the change and reports it in the team's section, or shows there why it was refused. */
    private String changeTeam(
            Supplier<String> change, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(TeamAdminController.NOTICE, change.get());
            return "redirect:" + SettingsPage.PATH;
        } catch (StateConflict conflict) {
            return teamRefused(HttpStatus.CONFLICT, conflict.getMessage(), response, model);
        } catch (ServiceUnavailable unavailable) {
            response.setHeader("Retry-After", "30");
            SettingsPage.identityProviderUnavailable(model);
            return teamRefused(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, response, model);
        }
    }

    private String teamRefused(HttpStatus status, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("teamError", message);
        return settingsPage.render(model);
    }
}
