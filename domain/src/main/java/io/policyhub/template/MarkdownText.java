package io.policyhub.template;

import java.util.regex.Pattern;

/**
 * Escapes a variable's value so that it reads in Markdown exactly as typed: it can never open a link, an image,
 * emphasis, code, raw HTML, a heading, a list or a quote. A practice name such as {@code <b>A*B</b>} stays that
 * literal text, so what a variable can do to the document is limited to the words it adds.
 */
final class MarkdownText {

    private static final String INLINE_SPECIAL = "\\`*_[]<>&|~";
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\s*\\d+)([.)])");

    private MarkdownText() {}

    static String escape(String value) {
        var escaped = new StringBuilder(value.length() + 16);
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                escaped.append('\n');
            }
            escaped.append(escapeLine(lines[i]));
        }
        return escaped.toString();
    }

    private static String escapeLine(String line) {
        var out = new StringBuilder(line.length() + 8);
        for (char c : line.toCharArray()) {
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String text = out.toString();
        String stripped = text.stripLeading();
        String indent = text.substring(0, text.length() - stripped.length());
        if (!stripped.isEmpty() && "#-+=".indexOf(stripped.charAt(0)) >= 0) {
            return indent + "\\" + stripped;
        }
        return ORDERED_ITEM.matcher(text).replaceFirst("$1\\\\$2");
    }
}
