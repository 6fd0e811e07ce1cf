package io.policyhub.practice.admin;

import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeChanges;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The practice profile form, as typed. An empty contact address removes it. */
record SettingsForm(@Nullable String name, @Nullable String contactEmail) {

    static final Map<String, String> LABELS = Map.of("name", "Practice name", "contactEmail", "Contact e-mail address");

    static SettingsForm of(Practice practice) {
        return new SettingsForm(practice.name(), practice.contactEmail().orElse(""));
    }

    PracticeChanges toChanges() {
        Optional<String> email = Optional.ofNullable(contactEmail).filter(text -> !text.isBlank());
        return new PracticeChanges(
                Optional.of(name == null ? "" : name), Optional.of(email), Optional.empty(), Optional.empty());
    }
}
