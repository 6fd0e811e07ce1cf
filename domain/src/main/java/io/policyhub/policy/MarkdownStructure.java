package io.policyhub.policy;

import io.policyhub.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fits an imported Markdown policy to the shape of our drafts: one {@code #} title heading first, and every
 * further heading a section. Documents converted from word processors often mark every heading as level 1;
 * those after the title become {@code ##} sections. Nothing else is changed.
 */
final class MarkdownStructure {

    private static final Pattern ATX_H1 = Pattern.compile("^ {0,3}#(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_H1 = Pattern.compile("^ {0,3}=+[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MarkdownStructure() {}

    static ImportedDraft toDraft(@Nullable String title, String text) {
        List<String> lines =
                new ArrayList<>(List.of(MarkdownEscape.normalised(text).strip().split("\n", -1)));
        String first = lines.getFirst().strip();
        @Nullable String heading = titleHeading(lines);
        String resolvedTitle = title != null ? title : heading != null ? heading : plainTitle(first);
        if (heading == null && title == null) {
            lines.set(0, "# " + MarkdownEscape.text(resolvedTitle));
        } else if (heading == null) {
            lines.addAll(0, List.of("# " + MarkdownEscape.text(resolvedTitle), ""));
        } else if (SETEXT_H1.matcher(lines.get(1)).matches()) {
            lines.set(0, "# " + heading);
            lines.remove(1);
        }
        demoteLaterTitles(lines);
        return new ImportedDraft(resolvedTitle, String.join("\n", lines) + "\n");
    }

    /** The text of a level-1 heading on the first line, in ATX or setext form. */
    private static @Nullable String titleHeading(List<String> lines) {
        Matcher atx = ATX_H1.matcher(lines.getFirst());
        if (atx.matches() && atx.group(1) != null && !atx.group(1).isBlank()) {
            return atx.group(1).strip();
        }
        if (lines.size() > 1 && SETEXT_H1.matcher(lines.get(1)).matches()) {
            return lines.getFirst().strip();
        }
        return null;
    }

    private static String plainTitle(String firstLine) {
        String title = firstLine.replaceFirst("^#+\\s*", "").strip();
        if (title.isEmpty() || title.length() > Policy.MAX_TITLE) {
            throw InvalidInput.of("title", "is not given and the text does not start with a title line; give one");
        }
        return title;
    }

    private static void demoteLaterTitles(List<String> lines) {
        boolean inFence = false;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            } else if (!inFence && ATX_H1.matcher(line).matches()) {
                lines.set(i, line.replaceFirst("#", "##"));
            }
        }
    }
}
