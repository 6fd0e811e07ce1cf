package io.policyhub.practice;

import java.util.Optional;

/** A partial update of a practice's profile: absent fields stay as they are. */
public record PracticeChanges(Optional<String> name, Optional<Optional<String>> contactEmail) {

    public static PracticeChanges none() {
        return new PracticeChanges(Optional.empty(), Optional.empty());
    }
}
