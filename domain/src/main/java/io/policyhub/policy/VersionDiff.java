package io.policyhub.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed in a policy's text from one published version to another: a unified diff of its lines, as
 * reviewers and tools read it, and the same change word by word, as an editor shows it.
 *
 * @param from the number of the older version (the {@code ---} side)
 * @param to the number of the newer version (the {@code +++} side)
 * @param unified the unified diff of the two contents, with three lines of context
 * @param words the newer text as runs of words kept, inserted and deleted, in reading order
 */
public record VersionDiff(int from, int to, String unified, List<WordChange> words) {

    private static final int CONTEXT_LINES = 3;
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|\\s+|.", Pattern.DOTALL);

    public VersionDiff {
        Objects.requireNonNull(unified, "unified");
        words = List.copyOf(words);
    }

    public static VersionDiff between(PolicyVersion older, PolicyVersion newer) {
        return ofTexts(older.number(), older.content(), newer.number(), newer.content());
    }

    /**
     * How {@code newer} differs from {@code older}, for texts that are not (both) published versions yet: a draft
     * about to be published, or a proposed template upgrade, numbered as the versions they would become.
     */
    public static VersionDiff ofTexts(int from, String older, int to, String newer) {
        return new VersionDiff(from, to, unified(from, older, to, newer), words(older, newer));
    }

    private static String unified(int from, String older, int to, String newer) {
        List<String> original = older.lines().toList();
        List<String> revised = newer.lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        var diff = new StringBuilder()
                .append("--- v")
                .append(from)
                .append('\n')
                .append("+++ v")
                .append(to)
                .append('\n');
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("v" + from, "v" + to, original, patch, CONTEXT_LINES);
        // The library writes the two header lines only when something changed; ours are always there.
        lines.stream()
                .skip(Math.min(2, lines.size()))
                .forEach(line -> diff.append(line).append('\n'));
        return diff.toString();
    }

    private static List<WordChange> words(String older, String newer) {
        List<String> original = tokens(older);
        List<String> revised = tokens(newer);
        List<WordChange> changes = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(original, revised).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(changes, DiffOperation.EQUAL, original.subList(position, start));
            add(changes, DiffOperation.DELETE, delta.getSource().getLines());
            add(changes, DiffOperation.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(changes, DiffOperation.EQUAL, original.subList(position, original.size()));
        return changes;
    }

    /** Words, runs of white space and single other characters, which together are the whole text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends the tokens as one change, joining it to the previous change when that has the same operation. */
    private static void add(List<WordChange> changes, DiffOperation operation, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!changes.isEmpty() && changes.getLast().operation() == operation) {
            text = changes.removeLast().text() + text;
        }
        changes.add(new WordChange(operation, text));
    }
}
