package io.policyhub.template;

import io.policyhub.shared.InvalidInput;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders parsed bodies. Values come only from {@link VariableValues} (strings, booleans, lists of strings);
 * the one other thing a tag can reach is the current item of a section, {@code {{.}}}.
 */
final class BodyRenderer {

    static final int MAX_OUTPUT = 200_000;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t]*\\n){2,}");

    private final VariableValues values;
    private final Deque<Object> items = new ArrayDeque<>();
    private final StringBuilder out = new StringBuilder();

    BodyRenderer(VariableValues values) {
        this.values = values;
    }

    /** Renders and tidies: sections that vanished leave at most one blank line; the text ends in one newline. */
    String render(List<BodyNode> nodes) {
        append(nodes);
        String text = BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
        return text + "\n";
    }

    private void append(List<BodyNode> nodes) {
        for (BodyNode node : nodes) {
            switch (node) {
                case BodyNode.Literal literal -> write(literal.text());
                case BodyNode.Insert insert -> write(text(lookup(insert.name())));
                case BodyNode.Section section -> section(section);
            }
        }
    }

    private void section(BodyNode.Section section) {
        @Nullable Object value = lookup(section.name());
        boolean shown = truthy(value);
        if (section.inverted()) {
            if (!shown) {
                append(section.children());
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                within(item, section.children());
            }
        } else if (value instanceof String text && shown) {
            within(text, section.children());
        } else if (shown) {
            append(section.children());
        }
    }

    private void within(Object item, List<BodyNode> children) {
        items.push(item);
        try {
            append(children);
        } finally {
            items.pop();
        }
    }

    private @Nullable Object lookup(String name) {
        if (name.equals(".")) {
            return items.peek();
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return values.get(name).orElse(null);
        }
        String option = name.substring(dot + 1);
        return switch (values.get(name.substring(0, dot)).orElse(null)) {
            case String chosen -> chosen.equals(option);
            case List<?> chosen -> chosen.contains(option);
            case null, default -> false;
        };
    }

    private static boolean truthy(@Nullable Object value) {
        return switch (value) {
            case Boolean b -> b;
            case String s -> !s.isBlank();
            case List<?> l -> !l.isEmpty();
            case null, default -> false;
        };
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case String s -> MarkdownText.escape(s);
            case List<?> l ->
                MarkdownText.escape(
                        String.join(", ", l.stream().map(String::valueOf).toList()));
            case Boolean b -> b ? "yes" : "no";
            case null, default -> "";
        };
    }

    private void write(String text) {
        if (out.length() + text.length() > MAX_OUTPUT) {
            throw InvalidInput.of("variables", "make the text longer than " + MAX_OUTPUT + " characters");
        }
        out.append(text);
    }
}
