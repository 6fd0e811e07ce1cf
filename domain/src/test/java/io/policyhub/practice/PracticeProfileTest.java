package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PracticeProfileTest {

    private final InMemoryPractices practices = new InMemoryPractices();
    private final PracticeManagement management = new PracticeManagement(
            practices, new RecordingDirectory(), Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void emailsComeFromThePracticesNameUntilItChoosesASenderName() {
        Practice practice = management.register(new NewPractice("Aurora Mind and Body", "aurora", null));
        assertThat(practice.emailsFrom()).isEqualTo("Aurora Mind and Body");

        Practice changed = management.change(
                practice.id(), changes(Optional.empty(), Optional.of(Optional.of("  Dr Jo Park at Aurora "))));

        assertThat(changed.senderName()).contains(new SenderName("Dr Jo Park at Aurora"));
        assertThat(changed.emailsFrom()).isEqualTo("Dr Jo Park at Aurora");
        Practice cleared = management.change(practice.id(), changes(Optional.empty(), Optional.of(Optional.empty())));
        assertThat(cleared.emailsFrom()).isEqualTo("Aurora Mind and Body");
    }

    @Test
    void aSenderNameIsOneLineOfWordsThatCannotPoseAsAnAddress() {
        for (String forged : new String[] {
            "Aurora\r\nBcc: everyone@example.com",
            "billing@aurora.example",
            "Aurora <billing@aurora.example>",
            "Tab\there",
            "Two\u2028lines"
        }) {
            assertThatThrownBy(() -> new SenderName(forged))
                    .as(forged)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            invalid -> assertThat(invalid.errors().getFirst().field())
                                    .isEqualTo("emailSenderName"));
        }
        assertThatThrownBy(() -> new SenderName("x".repeat(SenderName.MAX_LENGTH + 1)))
                .hasMessageContaining("at most 100 characters");
        assertThat(new SenderName("Jo Park – Aurora (counselling)").value())
                .isEqualTo("Jo Park – Aurora (counselling)");
    }

    @Test
    void theProfessionalBodyIsOptionalTrimmedAndBounded() {
        Practice practice = management.register(new NewPractice("Aurora Mind and Body", "aurora", null));

        Practice changed = management.change(
                practice.id(),
                changes(Optional.of(Optional.of(" National Society of Talking Therapies ")), Optional.empty()));

        assertThat(changed.professionalBody()).contains("National Society of Talking Therapies");
        assertThat(changed.senderName()).isEmpty();
        assertThatThrownBy(() -> management.change(
                        practice.id(), changes(Optional.of(Optional.of("x".repeat(201))), Optional.empty())))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("professionalBody");
        assertThat(practices.findById(practice.id()).orElseThrow().professionalBody())
                .contains("National Society of Talking Therapies");
        assertThat(management
                        .change(practice.id(), changes(Optional.of(Optional.of("  ")), Optional.empty()))
                        .professionalBody())
                .isEmpty();
    }

    private static PracticeChanges changes(
            Optional<Optional<String>> professionalBody, Optional<Optional<String>> senderName) {
        return new PracticeChanges(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), professionalBody, senderName);
    }
}
