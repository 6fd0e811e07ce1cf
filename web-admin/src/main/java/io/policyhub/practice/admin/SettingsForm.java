package io.policyhub.practice.admin;

import io.policyhub.practice.BrandColour;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeChanges;
import io.policyhub.practice.SenderName;
import io.policyhub.shared.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The practice settings form, as typed. An empty contact address, professional body, sender name or brand colour
 * removes it; an empty reminder schedule turns reminders off. Reminder days are typed as a list such as "3, 7, 14".
 */
record SettingsForm(
        @Nullable String name,
        @Nullable String contactEmail,
        @Nullable String brandColour,
        @Nullable String reminderDays,
        @Nullable String professionalBody,
        @Nullable String emailSenderName) {

    static final Map<String, String> LABELS = Map.of(
            "name", "Practice name",
            "contactEmail", "Contact e-mail address",
            "brandColour", "Brand colour",
            "reminderDays", "Reminder days",
            "professionalBody", "Professional body",
            "emailSenderName", "Sender name");

    static SettingsForm of(Practice practice) {
        return new SettingsForm(
                practice.name(),
                practice.contactEmail().orElse(""),
                practice.brandColour().map(BrandColour::hex).orElse(""),
                practice.reminderSchedule().days().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                practice.professionalBody().orElse(""),
                practice.senderName().map(SenderName::value).orElse(""));
    }

    PracticeChanges toChanges() {
        return new PracticeChanges(
                Optional.of(name == null ? "" : name),
                Optional.of(present(contactEmail)),
                // A field the post did not carry at all changes nothing.
                Optional.ofNullable(brandColour).map(typed -> present(typed).map(String::toUpperCase)),
                Optional.ofNullable(reminderDays).map(typed -> days()),
                Optional.ofNullable(professionalBody).map(SettingsForm::present),
                Optional.ofNullable(emailSenderName).map(SettingsForm::present));
    }

    /** The domain names a bad day by its position ("reminderDays[1]"); the form has one field for all of them. */
    static String fieldOf(String domainField) {
        return domainField.startsWith("reminderDays") ? "reminderDays" : domainField;
    }

    private List<Integer> days() {
        String typed = reminderDays == null ? "" : reminderDays.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        try {
            return Arrays.stream(typed.split("[,\\s]+")).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw InvalidInput.of("reminderDays", "must be whole numbers of days separated by commas, e.g. 3, 7, 14");
        }
    }

    private static Optional<String> present(@Nullable String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }
}
