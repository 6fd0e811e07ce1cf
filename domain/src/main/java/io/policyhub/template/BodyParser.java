package io.policyhub.template;

import io.policyhub.shared.InvalidInput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the logic-less Mustache subset of template bodies: {@code {{name}}}, {@code {{choice.option}}},
 * sections {@code {{#name}}}, inverted sections {@code {{^name}}}, {@code {{.}}} inside a section and comments
 * {@code {{! … }}}. Everything else a Mustache engine might offer (partials, unescaped output, delimiter changes,
 * lambdas) is refused here, so a body can name variables and nothing else. Section and comment tags alone on a
 * line take the whole line with them, as in Mustache.
 */
final class BodyParser {

    static final int MAX_DEPTH = 10;
    private static final Pattern NAME = Pattern.compile("\\.|[A-Za-z][A-Za-z0-9_]{0,63}(\\.[A-Za-z0-9_-]{1,100})?");

    private final String source;
    private final Deque<OpenSection> open = new ArrayDeque<>();
    private List<BodyNode> current = new ArrayList<>();
    private int position;

    private BodyParser(String source) {
        this.source = source;
    }

    static List<BodyNode> parse(String source) {
        return new BodyParser(source).parse();
    }

    private List<BodyNode> parse() {
        while (position < source.length()) {
            int tagStart = source.indexOf("{{", position);
            if (tagStart < 0) {
                literal(source.substring(position));
                position = source.length();
                break;
            }
            int tagEnd = source.indexOf("}}", tagStart + 2);
            if (tagEnd < 0) {
                throw invalid("has an unclosed tag at line " + line(tagStart));
            }
            tag(tagStart, tagEnd + 2, source.substring(tagStart + 2, tagEnd));
        }
        if (!open.isEmpty()) {
            throw invalid("never closes the section {{#" + open.peek().name() + "}}");
        }
        return current;
    }

    private void tag(int start, int end, String content) {
        char sigil = content.isEmpty() ? ' ' : content.charAt(0);
        switch (sigil) {
            case '#', '^', '/', '!' -> {
                standaloneAware(start, end);
                String name = content.substring(1).strip();
                if (sigil == '#' || sigil == '^') {
                    openSection(validName(name, start), sigil == '^');
                } else if (sigil == '/') {
                    closeSection(validName(name, start), start);
                }
            }
            case '>' -> throw invalid("uses a partial at line " + line(start) + "; templates cannot include others");
            case '{', '&' ->
                throw invalid("asks for unescaped output at line " + line(start) + "; values are always escaped");
            case '=' -> throw invalid("changes delimiters at line " + line(start) + ", which is not supported");
            default -> {
                literal(source.substring(position, start));
                current.add(new BodyNode.Insert(validName(content.strip(), start)));
                position = end;
            }
        }
    }

    /** Copies the text before a block tag, dropping the tag's whole line when nothing else is on it. */
    private void standaloneAware(int start, int end) {
        int lineStart = source.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = source.indexOf('\n', end);
        int afterLine = lineEnd < 0 ? source.length() : lineEnd + 1;
        boolean standalone = lineStart >= position
                && source.substring(lineStart, start).isBlank()
                && source.substring(end, lineEnd < 0 ? source.length() : lineEnd)
                        .isBlank();
        if (standalone) {
            literal(source.substring(position, lineStart));
            position = afterLine;
        } else {
            literal(source.substring(position, start));
            position = end;
        }
    }

    private void openSection(String name, boolean inverted) {
        if (open.size() >= MAX_DEPTH) {
            throw invalid("nests sections more than " + MAX_DEPTH + " deep");
        }
        open.push(new OpenSection(name, inverted, current));
        current = new ArrayList<>();
    }

    private void closeSection(String name, int at) {
        OpenSection section = open.peek();
        if (section == null || !section.name().equals(name)) {
            throw invalid("closes {{/" + name + "}} at line " + line(at) + " without a matching {{#" + name + "}}");
        }
        open.pop();
        section.parent().add(new BodyNode.Section(name, section.inverted(), current));
        current = section.parent();
    }

    private String validName(String name, int at) {
        if (!NAME.matcher(name).matches()) {
            throw invalid("has an invalid tag {{" + name + "}} at line " + line(at)
                    + "; tags name a variable, optionally .option, and nothing else");
        }
        if (name.equals(".") && open.isEmpty()) {
            throw invalid("uses {{.}} outside any section at line " + line(at));
        }
        return name;
    }

    private void literal(String text) {
        if (!text.isEmpty()) {
            current.add(new BodyNode.Literal(text));
        }
    }

    private int line(int offset) {
        return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static InvalidInput invalid(String message) {
        return InvalidInput.of("body", message);
    }

    private record OpenSection(String name, boolean inverted, List<BodyNode> parent) {}
}
