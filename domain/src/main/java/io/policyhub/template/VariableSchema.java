package io.policyhub.template;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The typed variables a template declares, in the order a form should ask for them. */
public record VariableSchema(List<TemplateVariable> variables) {

    public static final int MAX_VARIABLES = 100;

    public VariableSchema {
        variables = List.copyOf(variables);
        if (variables.size() > MAX_VARIABLES) {
            throw InvalidInput.of("variables", "must be at most " + MAX_VARIABLES);
        }
        var names = new HashSet<String>();
        for (TemplateVariable variable : variables) {
            if (!names.add(variable.name())) {
                throw InvalidInput.of("variables." + variable.name(), "is declared twice");
            }
        }
    }

    public Optional<TemplateVariable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * Checks the values a caller gave and fills in defaults.
     *
     * @throws InvalidInput naming every offending variable as {@code variables.<name>}: unknown, mistyped, or
     *     required and missing
     */
    public VariableValues resolve(Map<String, ?> given) {
        var errors = new ArrayList<FieldError>();
        for (String name : given.keySet()) {
            if (variable(name).isEmpty()) {
                errors.add(new FieldError("variables." + name, "is not a variable of this template"));
            }
        }
        var resolved = new LinkedHashMap<String, Object>();
        for (TemplateVariable variable : variables) {
            @Nullable Object value = given.get(variable.name());
            if (value == null) {
                value = variable.defaultValue();
            }
            String field = "variables." + variable.name();
            if (value == null) {
                if (variable.required()) {
                    errors.add(new FieldError(field, "is required"));
                }
                continue;
            }
            Optional<Object> accepted = variable.accept(value);
            if (accepted.isEmpty()) {
                errors.add(new FieldError(field, variable.expectation()));
            } else if (variable.required() && !TemplateVariable.present(accepted.get())) {
                errors.add(new FieldError(field, "is required"));
            } else {
                resolved.put(variable.name(), accepted.get());
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInput.of(errors);
        }
        return new VariableValues(resolved);
    }

    /**
     * Re-checks values chosen for an older version of a template against this one: values of variables this
     * version no longer declares are dropped, new variables take their defaults.
     */
    public VariableValues carryOver(VariableValues earlier) {
        var kept = new LinkedHashMap<String, Object>();
        earlier.values().forEach((name, value) -> {
            if (variable(name).isPresent()) {
                kept.put(name, value);
            }
        });
        return resolve(kept);
    }
}
