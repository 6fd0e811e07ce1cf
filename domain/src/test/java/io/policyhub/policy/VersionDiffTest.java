package io.policyhub.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final PracticeId PRACTICE = PracticeId.random();
    private static final PolicyId POLICY = PolicyId.random();

    private static PolicyVersion version(int number, String content) {
        return new PolicyVersion(
                PRACTICE,
                POLICY,
                number,
                "Fees",
                content,
                ContentHash.of(content),
                "summary",
                ChangeKind.MAJOR,
                "alex",
                NOW);
    }

    @Test
    void theUnifiedDiffNamesBothVersionsAndShowsChangedLinesInContext() {
        VersionDiff diff = VersionDiff.between(
                version(1, "# Fees\n\nSessions cost £60.\n\nPay by card.\n"),
                version(2, "# Fees\n\nSessions cost £65.\n\nPay by card.\n"));

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.unified()).isEqualTo("""
                        --- v1
                        +++ v2
                        @@ -1,5 +1,5 @@
                         # Fees
                        \s
                        -Sessions cost £60.
                        +Sessions cost £65.
                        \s
                         Pay by card.
                        """);
    }

    @Test
    void theWordDiffMarksOnlyTheChangedWordsAndRebuildsBothTexts() {
        String older = "We will not follow current clients on Twitter.";
        String newer = "We will never follow current or former clients on X.";

        List<WordChange> words =
                VersionDiff.between(version(1, older), version(2, newer)).words();

        assertThat(words)
                .contains(
                        new WordChange(DiffOperation.EQUAL, "We will "),
                        new WordChange(DiffOperation.DELETE, "not"),
                        new WordChange(DiffOperation.INSERT, "never"),
                        new WordChange(DiffOperation.DELETE, "Twitter"),
                        new WordChange(DiffOperation.INSERT, "X"));
        assertThat(rebuilt(words, DiffOperation.INSERT)).isEqualTo(older);
        assertThat(rebuilt(words, DiffOperation.DELETE)).isEqualTo(newer);
        assertThat(words)
                .noneMatch(w -> w.operation() == DiffOperation.EQUAL && w.text().isBlank());
    }

    @Test
    void identicalVersionsHaveOnlyHeadersAndOneEqualRun() {
        VersionDiff diff = VersionDiff.between(version(1, "Same text."), version(3, "Same text."));

        assertThat(diff.unified()).isEqualTo("--- v1\n+++ v3\n");
        assertThat(diff.words()).containsExactly(new WordChange(DiffOperation.EQUAL, "Same text."));
    }

    /** The text made of every change except those with {@code skipped}. */
    private static String rebuilt(List<WordChange> words, DiffOperation skipped) {
        var text = new StringBuilder();
        words.stream().filter(w -> w.operation() != skipped).forEach(w -> text.append(w.text()));
        return text.toString();
    }
}
