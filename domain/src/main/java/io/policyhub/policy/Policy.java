package io.policyhub.policy;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Actor;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A client-facing policy of one practice: an editable draft plus the numbered versions published from it.
 * The draft carries a revision that every edit increments, so concurrent editors cannot overwrite each other.
 */
public final class Policy {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CONTENT = 200_000;

    private final PolicyId id;
    private final PracticeId practiceId;
    private String title;
    private String draftContent;
    private long draftRevision;
    private PolicyStatus status;
    private int latestVersion;
    private final Instant createdAt;
    private Instant updatedAt;
    private @Nullable TemplateOrigin templateOrigin;

    public Policy(
            PolicyId id,
            PracticeId practiceId,
            String title,
            String draftContent,
            long draftRevision,
            PolicyStatus status,
            int latestVersion,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.practiceId = Objects.requireNonNull(practiceId);
        this.title = validTitle(title);
        this.draftContent = validContent(draftContent);
        this.draftRevision = draftRevision;
        this.status = Objects.requireNonNull(status);
        this.latestVersion = latestVersion;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public Policy(
            PolicyId id,
            PracticeId practiceId,
            String title,
            String draftContent,
            long draftRevision,
            PolicyStatus status,
            int latestVersion,
            Instant createdAt,
            Instant updatedAt,
            @Nullable TemplateOrigin templateOrigin) {
        this(id, practiceId, title, draftContent, draftRevision, status, latestVersion, createdAt, updatedAt);
        this.templateOrigin = templateOrigin;
    }

    /** A new draft whose text was rendered from a template version. */
    public static Policy fromTemplate(
            PracticeId practiceId, String title, String content, TemplateOrigin origin, Instant now) {
        Policy policy = draft(practiceId, title, content, now);
        policy.templateOrigin = Objects.requireNonNull(origin);
        return policy;
    }

    public static Policy draft(PracticeId practiceId, String title, String content, Instant now) {
        return new Policy(PolicyId.random(), practiceId, title, content, 1, PolicyStatus.DRAFT, 0, now, now);
    }

    private static String validTitle(String title) {
        return Text.required("title", title, MAX_TITLE);
    }

    /** Content is kept exactly as written (no trimming): its hash is what proves what clients agreed to. */
    private static String validContent(@Nullable String content) {
        if (content == null || content.isBlank()) {
            throw InvalidInput.of("content", "must not be blank");
        }
        if (content.length() > MAX_CONTENT) {
            throw InvalidInput.of("content", "must be at most " + MAX_CONTENT + " characters");
        }
        return content;
    }

    /**
     * Replaces the draft, provided the editor saw the current revision.
     *
     * @throws StaleDraft if someone else changed the draft since {@code expectedRevision}
     */
    public void editDraft(String newTitle, String newContent, long expectedRevision, Instant now) {
        requireNotArchived();
        requireDraftRevision(expectedRevision);
        this.title = validTitle(newTitle);
        this.draftContent = validContent(newContent);
        this.draftRevision++;
        this.updatedAt = now;
    }

    /**
     * Replaces the draft with the text of a template upgrade and records the template version it now follows.
     * Nothing is published: the new draft waits for a human like any other edit.
     *
     * @throws StaleDraft if the draft changed since the upgrade was proposed from {@code expectedRevision}
     */
    public void upgradeTemplate(String content, TemplateOrigin origin, long expectedRevision, Instant now) {
        editDraft(title, content, expectedRevision, now);
        this.templateOrigin = Objects.requireNonNull(origin);
    }

    /**
     * Guards an action that must apply to the draft exactly as someone last saw it, such as publishing what an
     * admin just reviewed.
     *
     * @throws StaleDraft if the draft changed since {@code expectedRevision}
     */
    public void requireDraftRevision(long expectedRevision) {
        if (expectedRevision != draftRevision) {
            throw StaleDraft.of(id, expectedRevision, draftRevision);
        }
    }

    /** Publishes the draft as the next immutable version. */
    public PolicyVersion publish(
            @Nullable String changeSummary, @Nullable ChangeKind changeKind, Actor publisher, Instant now) {
        requireNotArchived();
        int number = latestVersion + 1;
        String summary = number == 1 && (changeSummary == null || changeSummary.isBlank())
                ? "First published version"
                : Text.required("changeSummary", changeSummary, 2000);
        ChangeKind kind = changeKind != null ? changeKind : number == 1 ? ChangeKind.MAJOR : null;
        if (kind == null) {
            throw InvalidInput.of("changeKind", "must be MAJOR or MINOR");
        }
        var version = new PolicyVersion(
                practiceId,
                id,
                number,
                title,
                draftContent,
                ContentHash.of(draftContent),
                summary,
                kind,
                publisher.id(),
                now);
        this.latestVersion = number;
        this.status = PolicyStatus.PUBLISHED;
        this.updatedAt = now;
        return version;
    }

    /** Withdraws the policy; archiving an archived policy changes nothing. */
    public void archive(Instant now) {
        if (status != PolicyStatus.ARCHIVED) {
            status = PolicyStatus.ARCHIVED;
            updatedAt = now;
        }
    }

    /** Guards operations that only make sense for a policy clients can be asked to acknowledge. */
    public void requireAssignable() {
        requireNotArchived();
        if (latestVersion == 0) {
            throw StateConflict.of("policy-not-published", "Policy " + id + " has no published version to assign yet.");
        }
    }

    private void requireNotArchived() {
        if (status == PolicyStatus.ARCHIVED) {
            throw StateConflict.of("policy-archived", "Policy " + id + " is archived and can no longer change.");
        }
    }

    public PolicyId id() {
        return id;
    }

    public PracticeId practiceId() {
        return practiceId;
    }

    public String title() {
        return title;
    }

    public String draftContent() {
        return draftContent;
    }

    public long draftRevision() {
        return draftRevision;
    }

    public PolicyStatus status() {
        return status;
    }

    /** The number of the newest published version, if any. */
    public Optional<Integer> latestVersion() {
        return latestVersion == 0 ? Optional.empty() : Optional.of(latestVersion);
    }

    /** The template version this policy was rendered from; empty for a policy written from scratch. */
    public Optional<TemplateOrigin> templateOrigin() {
        return Optional.ofNullable(templateOrigin);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
