package io.policyhub.policy.admin;

import io.policyhub.template.TemplateVariable;
import io.policyhub.template.VariableType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question of the form generated from a template's variables, with the answer to show: what the editor
 * entered, or else the variable's default.
 *
 * @param text the answer of a STRING, TEXT or CHOICE variable
 * @param chosen the ticked options of a MULTI_CHOICE variable, or {@code "true"} for a ticked BOOLEAN
 * @param error what is wrong with the answer, if anything
 */
record VariableField(
        String name,
        String type,
        String label,
        @Nullable String helpText,
        boolean required,
        List<String> options,
        String text,
        List<String> chosen,
        @Nullable String error) {

    static VariableField of(TemplateVariable variable, Map<String, Object> answers, @Nullable String error) {
        Object value = answers.containsKey(variable.name()) ? answers.get(variable.name()) : variable.defaultValue();
        return new VariableField(
                variable.name(),
                variable.type().name(),
                variable.label(),
                variable.helpText(),
                variable.required() && variable.type() != VariableType.BOOLEAN,
                variable.options(),
                value instanceof String s ? s : "",
                switch (value) {
                    case List<?> list -> list.stream().map(String::valueOf).toList();
                    case Boolean b when b -> List.of("true");
                    case null, default -> List.of();
                },
                error);
    }

    public String inputName() {
        return TemplateAnswers.PREFIX + name;
    }

    public String markerName() {
        return TemplateAnswers.MARKER + name;
    }

    /** The id of the field's input (or of its first option), for labels and the error summary's links. */
    public String inputId() {
        return "var-" + name;
    }

    public boolean isChosen(String option) {
        return chosen.contains(option);
    }
}
