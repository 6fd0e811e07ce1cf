package io.policyhub.shared;

import java.util.List;

/** Input that breaks a domain rule, with every offending field named. */
public class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    private InvalidInput(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public static InvalidInput of(List<FieldError> errors) {
        return new InvalidInput(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String problem() {
        return "validation-failed";
    }

    /** One offending field: its JSON path and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
