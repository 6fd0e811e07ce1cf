package io.policyhub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Actor;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Actor ADMIN = new Actor("alex");

    private final Policy policy = Policy.draft(PracticeId.random(), "Social media", "# Social media\n", NOW);

    @Test
    void aNewPolicyIsAnUnpublishedDraftAtRevisionOne() {
        assertThat(policy.status()).isEqualTo(PolicyStatus.DRAFT);
        assertThat(policy.draftRevision()).isEqualTo(1);
        assertThat(policy.latestVersion()).isEmpty();
    }

    @Test
    void editingBasedOnAnOldRevisionIsRefused() {
        policy.editDraft("Social media", "# Two", 1, NOW);

        assertThatThrownBy(() -> policy.editDraft("Social media", "# Three", 1, NOW))
                .isInstanceOf(StaleDraft.class)
                .satisfies(e -> assertThat(((StaleDraft) e).currentRevision()).isEqualTo(2));
        assertThat(policy.draftContent()).isEqualTo("# Two");
    }

    @Test
    void onlyTheRevisionSomeoneReviewedPassesTheReviewGuard() {
        policy.editDraft("Social media", "# Two", 1, NOW);

        assertThatThrownBy(() -> policy.requireDraftRevision(1)).isInstanceOf(StaleDraft.class);
        policy.requireDraftRevision(2);
    }

    @Test
    void publishingNumbersVersionsAndHashesTheirExactText() {
        PolicyVersion first = policy.publish(null, null, ADMIN, NOW);
        policy.editDraft("Social media", "  # Indented text is kept  \n", 1, NOW);
        PolicyVersion second = policy.publish("Reworded", ChangeKind.MINOR, ADMIN, NOW);

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.changeKind()).isEqualTo(ChangeKind.MAJOR);
        assertThat(first.changeSummary()).isEqualTo("First published version");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.content()).isEqualTo("  # Indented text is kept  \n");
        assertThat(second.contentHash()).isEqualTo(ContentHash.of("  # Indented text is kept  \n"));
        assertThat(policy.status()).isEqualTo(PolicyStatus.PUBLISHED);
        assertThat(policy.latestVersion()).contains(2);
    }

    @Test
    void laterVersionsMustSayWhatChangedAndHowMuch() {
        policy.publish(null, null, ADMIN, NOW);

        assertThatThrownBy(() -> policy.publish(null, ChangeKind.MAJOR, ADMIN, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> policy.publish("Summary", null, ADMIN, NOW)).isInstanceOf(InvalidInput.class);
        assertThat(policy.latestVersion()).contains(1);
    }

    @Test
    void anArchivedPolicyNeitherChangesNorIsAssigned() {
        policy.publish(null, null, ADMIN, NOW);
        policy.archive(NOW);

        assertThatThrownBy(() -> policy.editDraft("t", "c", 1, NOW)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> policy.publish("s", ChangeKind.MINOR, ADMIN, NOW))
                .isInstanceOf(StateConflict.class);
        assertThatThrownBy(policy::requireAssignable).isInstanceOf(StateConflict.class);
    }

    @Test
    void anUnpublishedPolicyCannotBeAssigned() {
        assertThatThrownBy(policy::requireAssignable)
                .isInstanceOf(StateConflict.class)
                .extracting(e -> ((StateConflict) e).problem())
                .isEqualTo("policy-not-published");
    }

    @Test
    void aVersionWhoseHashDoesNotMatchItsTextCannotExist() {
        assertThatThrownBy(() -> new PolicyVersion(
                        PracticeId.random(),
                        PolicyId.random(),
                        1,
                        "t",
                        "text",
                        ContentHash.of("other text"),
                        "s",
                        ChangeKind.MAJOR,
                        "alex",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
