package io.policyhub.acknowledgement.portal;

import io.policyhub.acknowledgement.PortalLinkNotFound;
import io.policyhub.acknowledgement.PortalLinkUnusable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/** Friendly pages for links that do not (or no longer) work: what happened and whom to ask. */
@ControllerAdvice(assignableTypes = {PortalPageController.class, PortalBrand.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPageErrors {

    @ExceptionHandler(PortalLinkNotFound.class)
    String unknown(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("heading", "This link does not work");
        model.addAttribute(
                "message",
                "Please check that you opened the whole link from your e-mail. If it still does not work, ask your practice to send you a new one.");
        return "portal/unavailable";
    }

    @ExceptionHandler(PortalLinkUnusable.class)
    String gone(PortalLinkUnusable gone, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        tokenOf(request).ifPresent(token -> {
            model.addAttribute(
                    "brandStylesheet",
                    PortalBrand.stylesheetUrl(token, gone.branding().colour()));
            model.addAttribute(
                    "logoUrl", PortalBrand.logoUrl(token, gone.branding().logo()));
        });
        model.addAttribute("heading", "This link is no longer valid");
        model.addAttribute("message", gone.getMessage());
        model.addAttribute("practiceName", gone.practiceName());
        model.addAttribute("contactEmail", gone.contactEmail().orElse(null));
        return "portal/unavailable";
    }

    /** The token of the page asked for (an exception handler gets no path variables of its own). */
    private static Optional<String> tokenOf(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                        && variables.get("token") instanceof String token
                ? Optional.of(token)
                : Optional.empty();
    }
}
