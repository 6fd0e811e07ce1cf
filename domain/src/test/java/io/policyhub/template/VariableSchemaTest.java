package io.policyhub.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.InvalidInput.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableSchemaTest {

    private final VariableSchema schema = new VariableSchema(List.of(
            new TemplateVariable("practiceName", VariableType.STRING, "Practice name", null, null, true, List.of()),
            new TemplateVariable("notes", VariableType.TEXT, "Notes", "Anything else", null, false, List.of()),
            new TemplateVariable("solo", VariableType.BOOLEAN, "Sole practitioner", null, false, true, List.of()),
            new TemplateVariable("voice", VariableType.CHOICE, "Voice", null, "we", true, List.of("I", "we")),
            new TemplateVariable(
                    "reviews",
                    VariableType.MULTI_CHOICE,
                    "Review sites",
                    null,
                    null,
                    false,
                    List.of("Facebook", "Google"))));

    @Test
    void givenValuesAreKeptAndDefaultsFillTheRest() {
        VariableValues values = schema.resolve(Map.of("practiceName", "Aurora", "reviews", List.of("Google")));

        assertThat(values.values())
                .containsEntry("practiceName", "Aurora")
                .containsEntry("solo", false)
                .containsEntry("voice", "we")
                .containsEntry("reviews", List.of("Google"))
                .doesNotContainKey("notes");
    }

    @Test
    void everyMissingMistypedOrUnknownVariableIsNamed() {
        var given = new HashMap<String, Object>();
        given.put("solo", "yes");
        given.put("voice", "they");
        given.put("reviews", List.of("Google", "Google"));
        given.put("notes", 42);
        given.put("colour", "blue");

        assertThatThrownBy(() -> schema.resolve(given))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder(
                                        "variables.colour",
                                        "variables.practiceName",
                                        "variables.notes",
                                        "variables.solo",
                                        "variables.voice",
                                        "variables.reviews"));
    }

    @Test
    void aRequiredStringMustNotBeBlankNorSpanLines() {
        assertThatThrownBy(() -> schema.resolve(Map.of("practiceName", "  ")))
                .hasMessageContaining("variables.practiceName is required");
        assertThatThrownBy(() -> schema.resolve(Map.of("practiceName", "two\nlines")))
                .hasMessageContaining("variables.practiceName must be one line");
    }

    @Test
    void nullMeansNotGiven() {
        var given = new HashMap<String, Object>();
        given.put("practiceName", "Aurora");
        given.put("voice", null);

        assertThat(schema.resolve(given).values()).containsEntry("voice", "we");
    }

    @Test
    void carryingValuesOverDropsVariablesTheNewSchemaNoLongerHas() {
        VariableValues old = new VariableValues(Map.of("practiceName", "Aurora", "retired", true));

        assertThat(schema.carryOver(old).values())
                .containsEntry("practiceName", "Aurora")
                .doesNotContainKey("retired");
    }

    @Test
    void theSchemaItselfIsChecked() {
        assertThatThrownBy(() -> new TemplateVariable("1st", VariableType.STRING, "x", null, null, false, List.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new TemplateVariable("c", VariableType.CHOICE, "x", null, null, false, List.of()))
                .hasMessageContaining("at least one option");
        assertThatThrownBy(() -> new TemplateVariable("b", VariableType.BOOLEAN, "x", null, "yes", false, List.of()))
                .hasMessageContaining("variables.b.default");
        var twice = new TemplateVariable("a", VariableType.STRING, "A", null, null, false, List.of());
        assertThatThrownBy(() -> new VariableSchema(List.of(twice, twice))).hasMessageContaining("declared twice");
    }
}
