package io.policyhub.template;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Actor;
import io.policyhub.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A policy template: an editable draft plus the immutable versions published from it. Library templates belong
 * to the platform; practice templates to one practice, often as an adapted copy of a library template.
 */
public final class Template {

    private final TemplateId id;
    private final TemplateKind kind;
    private final @Nullable PracticeId practiceId;
    private final @Nullable LibrarySource copiedFrom;
    private TemplateContent draft;
    private long draftRevision;
    private int latestVersion;
    private final Instant createdAt;
    private Instant updatedAt;

    public Template(
            TemplateId id,
            @Nullable PracticeId practiceId,
            @Nullable LibrarySource copiedFrom,
            TemplateContent draft,
            long draftRevision,
            int latestVersion,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.kind = practiceId == null ? TemplateKind.LIBRARY : TemplateKind.PRACTICE;
        this.practiceId = practiceId;
        this.copiedFrom = copiedFrom;
        this.draft = Objects.requireNonNull(draft);
        this.draftRevision = draftRevision;
        this.latestVersion = latestVersion;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static Template library(TemplateContent content, Instant now) {
        return new Template(TemplateId.random(), null, null, content, 1, 0, now, now);
    }

    public static Template practice(
            PracticeId practice, TemplateContent content, @Nullable LibrarySource copiedFrom, Instant now) {
        return new Template(TemplateId.random(), Objects.requireNonNull(practice), copiedFrom, content, 1, 0, now, now);
    }

    /**
     * Replaces the draft, provided the editor saw the current revision.
     *
     * @throws StaleTemplateDraft if someone else changed the draft since {@code expectedRevision}
     */
    public void editDraft(TemplateContent content, long expectedRevision, Instant now) {
        if (expectedRevision != draftRevision) {
            throw StaleTemplateDraft.of(id, expectedRevision, draftRevision);
        }
        this.draft = Objects.requireNonNull(content);
        this.draftRevision++;
        this.updatedAt = now;
    }

    /** Publishes the draft as the next immutable version. */
    public TemplateVersion publish(@Nullable String changeSummary, Actor publisher, Instant now) {
        int number = latestVersion + 1;
        String summary = number == 1 && (changeSummary == null || changeSummary.isBlank())
                ? "First published version"
                : Text.required("changeSummary", changeSummary, 2000);
        var version = new TemplateVersion(ref(), practiceId, number, draft, summary, publisher.id(), now);
        this.latestVersion = number;
        this.updatedAt = now;
        return version;
    }

    public TemplateRef ref() {
        return new TemplateRef(kind, id);
    }

    public TemplateId id() {
        return id;
    }

    public TemplateKind kind() {
        return kind;
    }

    public Optional<PracticeId> practiceId() {
        return Optional.ofNullable(practiceId);
    }

    public Optional<LibrarySource> copiedFrom() {
        return Optional.ofNullable(copiedFrom);
    }

    public TemplateContent draft() {
        return draft;
    }

    public long draftRevision() {
        return draftRevision;
    }

    /** The number of the newest published version, if any. */
    public Optional<Integer> latestVersion() {
        return latestVersion == 0 ? Optional.empty() : Optional.of(latestVersion);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
