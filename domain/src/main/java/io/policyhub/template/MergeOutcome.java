package io.policyhub.template;

import java.util.List;

/** The merged text, with conflict markers around each hunk listed in {@code conflicts}. */
public record MergeOutcome(String text, List<MergeConflict> conflicts) {

    public MergeOutcome {
        conflicts = List.copyOf(conflicts);
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }
}
