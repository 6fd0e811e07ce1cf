package io.policyhub.practice;

import java.util.List;
import java.util.Optional;

/**
 * A partial update of a practice's profile: absent fields stay as they are; an empty inner optional clears an
 * optional field.
 */
public record PracticeChanges(
        Optional<String> name,
        Optional<Optional<String>> contactEmail,
        Optional<Optional<String>> brandColour,
        Optional<List<Integer>> reminderDays,
        Optional<Optional<String>> professionalBody,
        Optional<Optional<String>> emailSenderName) {

    public static PracticeChanges none() {
        return new PracticeChanges(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
