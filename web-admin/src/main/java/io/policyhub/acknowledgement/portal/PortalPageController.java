package io.policyhub.acknowledgement.portal;

import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.acknowledgement.PortalAgreement;
import io.policyhub.acknowledgement.PortalView;
import io.policyhub.acknowledgement.RequestOrigin;
import io.policyhub.api.PortalScopeFilter;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The client's portal: read the policy, agree with a typed full name, see the confirmation. Plain HTML forms,
 * no JavaScript needed; the form posts back and redirects (so a reload never submits twice).
 */
@Controller
@RequestMapping("/portal/{token}")
class PortalPageController {

    private final PortalAcknowledgement portal;

    PortalPageController(PortalAcknowledgement portal) {
        this.portal = portal;
    }

    @GetMapping
    String policy(@PathVariable String token, Model model) {
        PortalView view = portal.view(PortalScopeFilter.tokenOf(token));
        return showPolicy(model, token, view, AgreementForm.empty(view.version().number()));
    }

    @PostMapping("/acknowledgement")
    String acknowledge(
            @PathVariable String token,
            @ModelAttribute AgreementForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var agreement = new PortalAgreement(form.fullName(), form.agreed(), Optional.ofNullable(form.version()));
        var origin = new RequestOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        try {
            portal.acknowledge(PortalScopeFilter.tokenOf(token), agreement, origin);
            return "redirect:/portal/" + token + "/confirmation";
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", invalid.errors());
            return showPolicy(model, token, portal.view(PortalScopeFilter.tokenOf(token)), form);
        } catch (StateConflict superseded) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("notice", superseded.getMessage());
            PortalView view = portal.view(PortalScopeFilter.tokenOf(token));
            return showPolicy(
                    model, token, view, AgreementForm.empty(view.version().number()));
        }
    }

    @GetMapping("/confirmation")
    String confirmation(@PathVariable String token, Model model) {
        PortalView view = portal.view(PortalScopeFilter.tokenOf(token));
        if (view.acknowledgement().isEmpty()) {
            return "redirect:/portal/" + token;
        }
        model.addAttribute("page", PortalPage.of(token, view));
        model.addAttribute("acknowledgement", view.acknowledgement().get());
        return "portal/confirmation";
    }

    private static String showPolicy(Model model, String token, PortalView view, AgreementForm form) {
        model.addAttribute("page", PortalPage.of(token, view));
        model.addAttribute("form", form);
        return "portal/policy";
    }
}
