package io.policyhub.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Line-based three-way merge (JGit's, the one git uses): changes only one side made are taken, hunks both sides
 * changed differently come back between git-style conflict markers and in a structured list.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {}

    public static MergeOutcome merge(String base, String ours, String theirs, String oursLabel, String theirsLabel) {
        List<RawText> texts = List.of(raw(base), raw(ours), raw(theirs));
        MergeResult<RawText> result =
                new MergeAlgorithm().merge(RawTextComparator.DEFAULT, texts.get(0), texts.get(1), texts.get(2));
        var out = new StringBuilder();
        var conflicts = new ArrayList<MergeConflict>();
        var pending = new PendingConflict();
        for (MergeChunk chunk : result) {
            String lines = lines(texts.get(chunk.getSequenceIndex()), chunk);
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> out.append(lines);
                case FIRST_CONFLICTING_RANGE -> {
                    pending = new PendingConflict();
                    pending.line = (int) out.chars().filter(c -> c == '\n').count() + 1;
                    pending.ours = lines;
                }
                case BASE_CONFLICTING_RANGE -> pending.base = lines;
                case NEXT_CONFLICTING_RANGE -> {
                    out.append("<<<<<<< ")
                            .append(oursLabel)
                            .append('\n')
                            .append(pending.ours)
                            .append("=======\n")
                            .append(lines)
                            .append(">>>>>>> ")
                            .append(theirsLabel)
                            .append('\n');
                    conflicts.add(new MergeConflict(pending.line, pending.ours, pending.base, lines));
                }
            }
        }
        return new MergeOutcome(out.toString(), conflicts);
    }

    private static RawText raw(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.isEmpty() && !normalised.endsWith("\n")) {
            normalised += "\n";
        }
        return new RawText(normalised.getBytes(StandardCharsets.UTF_8));
    }

    private static String lines(RawText text, MergeChunk chunk) {
        var lines = new StringBuilder();
        for (int i = chunk.getBegin(); i < chunk.getEnd(); i++) {
            lines.append(text.getString(i)).append('\n');
        }
        return lines.toString();
    }

    /** The parts of a conflict seen so far; JGit reports ours, then base, then theirs. */
    private static final class PendingConflict {
        int line;
        String ours = "";
        String base = "";
    }
}
