package io.policyhub.acknowledgement;

import java.util.Optional;

/**
 * Which clients to list with their progress: those whose name, e-mail or external reference contains
 * {@code search}, and only those with one {@code progress}.
 */
public record ProgressFilter(Optional<String> search, Optional<Progress> progress) {

    public ProgressFilter {
        search = search.map(String::strip).filter(text -> !text.isEmpty());
    }

    public static ProgressFilter everyone() {
        return new ProgressFilter(Optional.empty(), Optional.empty());
    }
}
