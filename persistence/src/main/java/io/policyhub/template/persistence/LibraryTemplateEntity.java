package io.policyhub.template.persistence;

import io.policyhub.template.Template;
import io.policyhub.template.TemplateId;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A library template: shared by every practice, so deliberately without a tenant id. */
@Entity
@Table(name = "library_template")
class LibraryTemplateEntity {

    @Id
    private UUID id;

    @Embedded
    private TemplateColumns content;

    @Column(name = "draft_revision")
    private long draftRevision;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LibraryTemplateEntity() {
        this.id = new UUID(0, 0);
        this.content = new TemplateColumns();
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    LibraryTemplateEntity(Template template) {
        this();
        this.id = template.id().value();
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
        return new Template(
                new TemplateId(id), null, null, content.toDomain(), draftRevision, latestVersion, createdAt, updatedAt);
    }
}
