package io.policyhub.template.persistence;

import io.policyhub.practice.PracticeId;
import io.policyhub.template.LibrarySource;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateId;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "practice_template")
class PracticeTemplateEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Embedded
    private TemplateColumns content;

    @Column(name = "draft_revision")
    private long draftRevision;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "source_template_id")
    private @Nullable UUID sourceTemplateId;

    @Column(name = "source_version")
    private @Nullable Integer sourceVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PracticeTemplateEntity() {
        this.id = new UUID(0, 0);
        this.practiceId = id;
        this.content = new TemplateColumns();
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    PracticeTemplateEntity(Template template) {
        this();
        this.id = template.id().value();
        this.practiceId = template.practiceId().orElseThrow().value();
        this.sourceTemplateId =
                template.copiedFrom().map(s -> s.template().value()).orElse(null);
        this.sourceVersion = template.copiedFrom().map(LibrarySource::version).orElse(null);
        this.createdAt = template.createdAt();
        copy(template);
    }

    void copy(Template template) {
        this.content = new TemplateColumns(template.draft());
        this.draftRevision = template.draftRevision();
        this.latestVersion = template.latestVersion().orElse(0);
        this.updatedAt = template.updatedAt();
    }

    Template toDomain() {
        LibrarySource source = sourceTemplateId == null || sourceVersion == null
                ? null
                : new LibrarySource(new TemplateId(sourceTemplateId), sourceVersion);
        return new Template(
                new TemplateId(id),
                new PracticeId(practiceId),
                source,
                content.toDomain(),
                draftRevision,
                latestVersion,
                createdAt,
                updatedAt);
    }
}
