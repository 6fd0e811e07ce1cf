package io.policyhub.admin;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.ResourceNotFound;
import io.policyhub.shared.ServiceUnavailable;
import io.policyhub.shared.StaleRevision;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Friendly pages for what the domain refuses. Something of another practice looks exactly like something that
 * does not exist (404), so the pages never reveal what other practices hold. Handlers that can show a refusal
 * next to the form (validation, stale drafts) do so themselves; this is the fallback.
 */
@ControllerAdvice(annotations = AdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrorPages {

    static final String VIEW = "admin/error";

    @ExceptionHandler({ResourceNotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return page(
                response,
                model,
                HttpStatus.NOT_FOUND,
                "Page not found",
                "There is nothing here in this practice: it may have been removed, or the link may be wrong.");
    }

    @ExceptionHandler(StateConflict.class)
    String conflict(StateConflict conflict, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.CONFLICT, "That cannot be done now", conflict.getMessage());
    }

    @ExceptionHandler(StaleRevision.class)
    String stale(StaleRevision stale, HttpServletResponse response, Model model) {
        return page(
                response, model, HttpStatus.CONFLICT, "Someone else changed this in the meantime", stale.getMessage());
    }

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput invalid, HttpServletResponse response, Model model) {
        model.addAttribute("errors", invalid.errors());
        return page(
                response,
                model,
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Please check what you entered",
                "Nothing was changed.");
    }

    @ExceptionHandler(ServiceUnavailable.class)
    String unavailable(HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", "30");
        return page(
                response,
                model,
                HttpStatus.SERVICE_UNAVAILABLE,
                "Please try again in a moment",
                "A service Policyhub relies on, such as the sign-in service, could not be reached. Nothing was"
                        + " changed.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    @Nullable
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (AdminPaths.htmx(request)) {
            AdminEntryPoint.notice(response, HttpServletResponse.SC_FORBIDDEN, AdminAccessDeniedHandler.NOT_ALLOWED);
            return null;
        }
        return page(
                response,
                model,
                HttpStatus.FORBIDDEN,
                "Your role does not allow this",
                "Nothing was changed. Ask an admin of your practice if you need to do this.");
    }

    private static String page(
            HttpServletResponse response, Model model, HttpStatus status, String heading, String message) {
        response.setStatus(status.value());
        model.addAttribute("heading", heading);
        model.addAttribute("message", message);
        return VIEW;
    }
}
