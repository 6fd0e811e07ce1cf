package io.policyhub.api;

import io.policyhub.shared.ContentTooLarge;
import io.policyhub.shared.DomainException;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.ResourceGone;
import io.policyhub.shared.ResourceNotFound;
import io.policyhub.shared.ServiceUnavailable;
import io.policyhub.shared.StaleRevision;
import io.policyhub.shared.StateConflict;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Maps every failure of the REST API, once, to an RFC 9457 problem. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static ProblemDetail practiceNotFound() {
        return ProblemWriter.problem(
                HttpStatus.NOT_FOUND, "practice-not-found", "Not found", "No such practice was found.");
    }

    @ExceptionHandler(ResourceNotFound.class)
    ProblemDetail notFound(ResourceNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e, "Not found");
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail conflict(StateConflict e) {
        return problem(HttpStatus.CONFLICT, e, "Conflict with the current state");
    }

    @ExceptionHandler(StaleRevision.class)
    ResponseEntity<ProblemDetail> staleDraft(StaleRevision e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, e, "The draft changed in the meantime");
        problem.setProperty("currentRevision", e.currentRevision());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(DraftETag.of(e.currentRevision()))
                .body(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e, "Validation failed");
        problem.setProperty(
                "errors",
                e.errors().stream().map(ApiExceptionHandler::fieldError).toList());
        return problem;
    }

    @ExceptionHandler(ResourceGone.class)
    ProblemDetail gone(ResourceGone e) {
        return problem(HttpStatus.GONE, e, "Gone");
    }

    @ExceptionHandler(ContentTooLarge.class)
    ProblemDetail tooLarge(ContentTooLarge e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, e, "Content too large");
        problem.setProperty("limit", e.limit());
        return problem;
    }

    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailable e) {
        log.warn("{}: {}", e.problem(), e.getCause() == null ? "" : e.getCause().toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e, "Identity provider unavailable"));
    }

    @ExceptionHandler(PreconditionRequired.class)
    ProblemDetail preconditionRequired(PreconditionRequired e) {
        return ProblemWriter.problem(
                HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemWriter.problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "Invalid parameter",
                "The parameter '" + e.getName() + "' has an invalid value.");
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        // Reached only when a concurrent request won a race that the domain checks could not see.
        log.info(
                "integrity violation mapped to 409: {}",
                e.getMostSpecificCause().getMessage());
        return ProblemWriter.problem(
                HttpStatus.CONFLICT,
                "concurrent-modification",
                "Conflict",
                "The request conflicts with a concurrent change. Reload and try again.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemWriter.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "validation-failed",
                "Validation failed",
                "The request has " + e.getErrorCount() + " invalid field(s).");
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(error -> fieldError(new InvalidInput.FieldError(
                        error.getField(),
                        Optional.ofNullable(error.getDefaultMessage()).orElse("is invalid"))))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(RequestSizeLimitFilter.tooLarge(tooLarge.limit()));
            }
        }
        ProblemDetail problem;
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = ProblemWriter.problem(
                    HttpStatus.BAD_REQUEST,
                    "unknown-field",
                    "Unknown field",
                    "The field '" + path(unknown) + "' is not part of this request.");
            problem.setProperty(
                    "errors", List.of(fieldError(new InvalidInput.FieldError(path(unknown), "is not a known field"))));
        } else if (e.getCause() instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            problem = ProblemWriter.problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "Malformed request",
                    "The field '" + path(json) + "' has a value of the wrong type or format.");
            problem.setProperty(
                    "errors",
                    List.of(fieldError(new InvalidInput.FieldError(path(json), "has the wrong type or format"))));
        } else {
            problem = ProblemWriter.problem(
                    HttpStatus.BAD_REQUEST,
                    "malformed-request",
                    "Malformed request",
                    "The request body is missing or is not valid JSON.");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        // Spring leaves the type unset (meaning about:blank) on the problems it creates itself.
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            problem.setType(URI.create(ProblemWriter.TYPE_BASE + "http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemDetail problem(HttpStatus status, DomainException e, String title) {
        return ProblemWriter.problem(status, e.problem(), title, e.getMessage());
    }

    private static Map<String, String> fieldError(InvalidInput.FieldError error) {
        return Map.of("field", error.field(), "message", error.message());
    }
}
