package io.policyhub.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateBodyTest {

    private static String render(String body, Map<String, Object> values) {
        return new TemplateBody(body).render(new VariableValues(values));
    }

    @Test
    void variablesAreReplacedByTheirValues() {
        assertThat(render("Welcome to {{practiceName}}.", Map.of("practiceName", "Aurora Mind and Body")))
                .isEqualTo("Welcome to Aurora Mind and Body.\n");
    }

    @Test
    void anAbsentVariableRendersAsNothing() {
        assertThat(render("Call {{phone}} today", Map.of())).isEqualTo("Call  today\n");
    }

    @Test
    void aSectionShowsOnlyWhenItsBooleanIsTrue() {
        String body = "A{{#solo}} I work alone.{{/solo}}";

        assertThat(render(body, Map.of("solo", true))).isEqualTo("A I work alone.\n");
        assertThat(render(body, Map.of("solo", false))).isEqualTo("A\n");
        assertThat(render(body, Map.of())).isEqualTo("A\n");
    }

    @Test
    void anInvertedSectionShowsWhenTheValueIsFalseEmptyOrAbsent() {
        String body = "{{^solo}}we{{/solo}}{{#solo}}I{{/solo}}";

        assertThat(render(body, Map.of("solo", false))).isEqualTo("we\n");
        assertThat(render(body, Map.of())).isEqualTo("we\n");
        assertThat(render(body, Map.of("solo", true))).isEqualTo("I\n");
        assertThat(render("{{^tags}}none{{/tags}}", Map.of("tags", List.of()))).isEqualTo("none\n");
        assertThat(render("{{^note}}none{{/note}}", Map.of("note", "  "))).isEqualTo("none\n");
    }

    @Test
    void aSectionOverAListRepeatsOncePerItemWithTheItemAsDot() {
        String body = "Reviews:\n{{#platforms}}\n- {{.}}\n{{/platforms}}\nThanks";

        assertThat(render(body, Map.of("platforms", List.of("Facebook", "Google"))))
                .isEqualTo("Reviews:\n- Facebook\n- Google\nThanks\n");
        assertThat(render(body, Map.of("platforms", List.of()))).isEqualTo("Reviews:\nThanks\n");
    }

    @Test
    void aSectionOverTextShowsWhenTheTextIsNotBlankAndCanRepeatIt() {
        String body = "{{#fitness}}We also run {{.}}.{{/fitness}}";

        assertThat(render(body, Map.of("fitness", "a gym"))).isEqualTo("We also run a gym.\n");
        assertThat(render(body, Map.of("fitness", ""))).isEqualTo("\n");
    }

    @Test
    void choiceOptionsCanBeTestedByName() {
        String body =
                "{{#voice.we}}we{{/voice.we}}{{#voice.I}}I{{/voice.I}} use {{#x.practicePage}}a page{{/x.practicePage}}";

        assertThat(render(body, Map.of("voice", "we", "x", List.of("practicePage", "personal"))))
                .isEqualTo("we use a page\n");
        assertThat(render(body, Map.of("voice", "I", "x", List.of()))).isEqualTo("I use\n");
    }

    @Test
    void aListInsertedDirectlyIsJoinedWithCommas() {
        assertThat(render("On {{platforms}}.", Map.of("platforms", List.of("Facebook", "Google"))))
                .isEqualTo("On Facebook, Google.\n");
    }

    @Test
    void sectionTagsAloneOnTheirLineLeaveNoTraceAndBlankLinesCollapse() {
        String body = "# Title\n\n{{#a}}\nFirst.\n{{/a}}\n\n{{#b}}\nSecond.\n{{/b}}\n\n{{! a comment }}\nEnd.\n";

        assertThat(render(body, Map.of("a", true, "b", false))).isEqualTo("# Title\n\nFirst.\n\nEnd.\n");
    }

    @Test
    void valuesAreEscapedSoTheyCannotAddMarkdownOrHtml() {
        String rendered = render(
                "Practice: {{name}}",
                Map.of("name", "<script>alert(1)</script> **bold** [x](javascript:alert(1)) `code` _i_ &amp;"));

        assertThat(rendered)
                .isEqualTo("Practice: \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[x\\](javascript:alert(1))"
                        + " \\`code\\` \\_i\\_ \\&amp;\n");
    }

    @Test
    void multiLineValuesCannotStartHeadingsListsOrRules() {
        String rendered = render("{{text}}", Map.of("text", "# Heading\n- item\n1. first\n---\n> quote"));

        assertThat(rendered).isEqualTo("\\# Heading\n\\- item\n1\\. first\n\\---\n\\> quote\n");
    }

    @Test
    void valuesAreNeverThemselvesRenderedAsTemplates() {
        assertThat(render("{{a}}", Map.of("a", "{{b}}", "b", "secret"))).isEqualTo("{{b}}\n");
    }

    @Test
    void partialsUnescapedOutputAndDelimiterChangesAreRefused() {
        assertThatThrownBy(() -> new TemplateBody("{{> /etc/passwd}}"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("partial");
        assertThatThrownBy(() -> new TemplateBody("{{{name}}}")).hasMessageContaining("unescaped");
        assertThatThrownBy(() -> new TemplateBody("{{&name}}")).hasMessageContaining("unescaped");
        assertThatThrownBy(() -> new TemplateBody("{{=<% %>=}}")).hasMessageContaining("delimiters");
    }

    @Test
    void tagsCanOnlyNameVariablesNotCallMethodsOrEvaluateExpressions() {
        for (String tag : List.of(
                "{{name.toString()}}",
                "{{T(java.lang.Runtime).getRuntime()}}",
                "{{a + b}}",
                "{{#a == b}}x{{/a == b}}",
                "{{getClass}}x",
                "{{a.b.c}}",
                "{{}}")) {
            if (tag.equals("{{getClass}}x")) {
                // A plain name is only ever a key in the values map, never a method: it renders empty.
                assertThat(new TemplateBody(tag).render(VariableValues.none())).isEqualTo("x\n");
            } else {
                assertThatThrownBy(() -> new TemplateBody(tag)).as(tag).isInstanceOf(InvalidInput.class);
            }
        }
    }

    @Test
    void sectionsMustBeClosedInOrder() {
        assertThatThrownBy(() -> new TemplateBody("{{#a}}{{#b}}{{/a}}{{/b}}")).hasMessageContaining("{{/a}}");
        assertThatThrownBy(() -> new TemplateBody("{{#a}}x")).hasMessageContaining("never closes");
        assertThatThrownBy(() -> new TemplateBody("x {{/a}}")).hasMessageContaining("without a matching");
        assertThatThrownBy(() -> new TemplateBody("{{ a ")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> new TemplateBody("{{.}}")).hasMessageContaining("outside any section");
    }

    @Test
    void theBodyMayOnlyUseDeclaredVariablesAndOptions() {
        var schema = new VariableSchema(List.of(
                new TemplateVariable("voice", VariableType.CHOICE, "Voice", null, null, true, List.of("I", "we"))));

        new TemplateBody("{{#voice.we}}we{{/voice.we}}").requireDeclaredIn(schema);
        assertThatThrownBy(() -> new TemplateBody("{{practice}}").requireDeclaredIn(schema))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("{{practice}}");
        assertThatThrownBy(() -> new TemplateBody("{{#voice.they}}x{{/voice.they}}").requireDeclaredIn(schema))
                .hasMessageContaining("not an option");
    }

    @Test
    void nestedRepetitionCannotBlowUpTheOutput() {
        var many =
                java.util.stream.IntStream.range(0, 50).mapToObj(i -> "o" + i).toList();
        String body = "{{#l}}{{#l}}{{#l}}{{#l}}" + "x".repeat(10) + "{{/l}}{{/l}}{{/l}}{{/l}}";

        assertThatThrownBy(() -> render(body, Map.of("l", many)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("longer than");
    }
}
