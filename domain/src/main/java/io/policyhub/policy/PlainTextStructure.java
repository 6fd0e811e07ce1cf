package io.policyhub.policy;

import io.policyhub.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the structure of a policy written as plain text, as people copy it from a web page or a word
 * processor: blocks are separated by blank lines, a heading is a short standalone line without final
 * punctuation, a breadcrumb near the top ("Home » Policy") is page furniture, and trailing lines starting with
 * an asterisk are footnotes. Everything else is text, escaped so that Markdown shows it exactly as written.
 */
final class PlainTextStructure {

    private static final int MAX_HEADING = 80;
    private static final int MAX_HEADING_WORDS = 12;
    private static final Pattern HEADING_END = Pattern.compile(".*[.,;:!?…]$");
    private static final Pattern HEADING_START = Pattern.compile("^[\\p{Lu}\\p{N}].*");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^.!?]{1,60}(\\s*[»›>→]\\s*[^.!?»›>→]{1,60})+$");
    private static final Pattern HOME_BREADCRUMB =
            Pattern.compile("^(?i:home)\\s*[/|\\\\]\\s*[^.!?]{1,60}(\\s*[/|\\\\]\\s*[^.!?]{1,60})*$");
    private static final Pattern BULLET = Pattern.compile("^([•·▪◦‣–*+-])\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\*+|†|‡)\\s*\\S.*");
    private static final int BREADCRUMB_SEARCH = 3;

    private PlainTextStructure() {}

    static ImportedDraft toDraft(@Nullable String title, String text) {
        List<List<String>> blocks = withoutBreadcrumbs(blocks(text));
        String resolvedTitle = title != null ? title : titleLine(blocks);
        if (!blocks.isEmpty() && sameText(blocks.getFirst().getFirst(), resolvedTitle)) {
            blocks.set(0, blocks.getFirst().subList(1, blocks.getFirst().size()));
        }
        var markdown = new StringBuilder("# ")
                .append(MarkdownEscape.text(resolvedTitle))
                .append('\n');
        int firstFootnote = firstFootnote(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            List<String> block = blocks.get(i);
            if (block.isEmpty()) {
                continue;
            }
            if (i == firstFootnote) {
                markdown.append("\n---\n");
            }
            markdown.append('\n').append(i >= firstFootnote ? paragraph(block) : markdown(block));
        }
        return new ImportedDraft(resolvedTitle, markdown.toString());
    }

    /** Lines grouped by blank lines, each stripped; tabs and no-break spaces count as spaces. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : MarkdownEscape.normalised(text).split("\n", -1)) {
            String line = raw.replace('\t', ' ').replace('\u00A0', ' ').strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(List.copyOf(current));
        }
        return blocks;
    }

    private static List<List<String>> withoutBreadcrumbs(List<List<String>> blocks) {
        List<List<String>> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<String> block = blocks.get(i);
            boolean breadcrumb = i < BREADCRUMB_SEARCH && block.size() == 1 && isBreadcrumb(block.getFirst());
            if (!breadcrumb) {
                kept.add(block);
            }
        }
        return kept;
    }

    static boolean isBreadcrumb(String line) {
        return BREADCRUMB.matcher(line).matches()
                || HOME_BREADCRUMB.matcher(line).matches();
    }

    private static String titleLine(List<List<String>> blocks) {
        if (blocks.isEmpty()) {
            throw InvalidInput.of("text", "must not be blank");
        }
        String first = blocks.getFirst().getFirst();
        boolean standalone = blocks.getFirst().size() == 1;
        if ((standalone && first.length() <= Policy.MAX_TITLE) || isHeading(first)) {
            return first;
        }
        throw InvalidInput.of("title", "is not given and the text does not start with a title line; give one");
    }

    private static boolean sameText(String line, String title) {
        return line.strip().toLowerCase(Locale.ROOT).equals(title.strip().toLowerCase(Locale.ROOT));
    }

    /** Where the trailing footnotes begin, or the number of blocks when there are none. */
    private static int firstFootnote(List<List<String>> blocks) {
        int first = blocks.size();
        while (first > 0 && isFootnote(blocks.get(first - 1))) {
            first--;
        }
        return first;
    }

    private static boolean isFootnote(List<String> block) {
        return block.size() == 1 && FOOTNOTE.matcher(block.getFirst()).matches();
    }

    static boolean isHeading(String line) {
        return line.length() <= MAX_HEADING
                && line.split(" ").length <= MAX_HEADING_WORDS
                && HEADING_START.matcher(line).matches()
                && !HEADING_END.matcher(line).matches()
                && !BULLET.matcher(line).matches()
                && line.chars().anyMatch(Character::isLetter);
    }

    private static String markdown(List<String> block) {
        String first = block.getFirst();
        if (block.size() == 1 && isHeading(first)) {
            return "## " + MarkdownEscape.text(first) + "\n";
        }
        if (block.size() > 1 && isHeading(first) && startsParagraph(first, block.get(1))) {
            return "## " + MarkdownEscape.text(first) + "\n\n" + markdown(block.subList(1, block.size()));
        }
        if (block.stream().allMatch(line -> BULLET.matcher(line).matches())) {
            return list(block);
        }
        if (block.stream().allMatch(line -> NUMBERED.matcher(line).matches())) {
            return numberedList(block);
        }
        return paragraph(block);
    }

    /**
     * Whether a heading-like line is a heading sitting directly on its paragraph, rather than the first line of a
     * hard-wrapped paragraph: wrapped lines are about equally long, while a heading is much shorter than the
     * text under it.
     */
    private static boolean startsParagraph(String first, String next) {
        return next.length() >= first.length() * 1.6
                || (first.length() <= 40 && HEADING_END.matcher(next).matches());
    }

    private static String list(List<String> block) {
        var list = new StringBuilder();
        for (String line : block) {
            var item = BULLET.matcher(line);
            item.matches();
            list.append("- ").append(MarkdownEscape.text(item.group(2))).append('\n');
        }
        return list.toString();
    }

    private static String numberedList(List<String> block) {
        var list = new StringBuilder();
        for (String line : block) {
            var item = NUMBERED.matcher(line);
            item.matches();
            list.append(item.group(1))
                    .append(". ")
                    .append(MarkdownEscape.text(item.group(2)))
                    .append('\n');
        }
        return list.toString();
    }

    private static String paragraph(List<String> block) {
        var paragraph = new StringBuilder();
        for (String line : block) {
            paragraph.append(MarkdownEscape.line(line)).append('\n');
        }
        return paragraph.toString();
    }
}
