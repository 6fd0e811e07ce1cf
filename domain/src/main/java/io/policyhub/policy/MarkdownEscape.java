package io.policyhub.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes plain text as Markdown that shows exactly that text, and tidies line breaks of imported text. */
final class MarkdownEscape {

    private static final Pattern INLINE = Pattern.compile("[\\\\`*_\\[\\]<>]");
    private static final Pattern ENTITY = Pattern.compile("&(#?\\w+;)");
    private static final Pattern BLOCK_MARKER = Pattern.compile("^(#{1,6}(?=\\s|$)|[+=~-])");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private MarkdownEscape() {}

    /** Unix line breaks, without a byte order mark. */
    static String normalised(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Text inside a line: emphasis, code, links, autolinks and entities are shown, not interpreted. */
    static String text(String text) {
        String escaped = INLINE.matcher(text).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
        return ENTITY.matcher(escaped).replaceAll("\\\\&$1");
    }

    /** A whole line of a paragraph: also what would start a heading, quote, list, rule or fence. */
    static String line(String line) {
        String escaped = text(line);
        Matcher ordered = ORDERED_MARKER.matcher(escaped);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + escaped.substring(ordered.group(1).length());
        }
        if (BLOCK_MARKER.matcher(escaped).find()) {
            return "\\" + escaped;
        }
        return escaped;
    }
}
