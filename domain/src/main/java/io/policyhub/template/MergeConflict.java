package io.policyhub.template;

/**
 * One hunk both sides changed differently.
 *
 * @param line the line of the merged text where its conflict marker starts (1-based)
 * @param ours the lines as the practice has them now
 * @param base the lines as the old template version gave them
 * @param theirs the lines as the new template version gives them
 */
public record MergeConflict(int line, String ours, String base, String theirs) {}
