package io.policyhub.template.persistence;

import io.policyhub.template.TemplateId;
import io.policyhub.template.TemplateRef;
import io.policyhub.template.TemplateVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "library_template_version")
@IdClass(LibraryTemplateVersionEntity.Key.class)
class LibraryTemplateVersionEntity {

    @Id
    @Column(name = "template_id")
    private UUID templateId;

    @Id
    private int number;

    @Embedded
    private TemplateColumns content;

    @Column(name = "change_summary")
    private String changeSummary;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected LibraryTemplateVersionEntity() {
        this.templateId = new UUID(0, 0);
        this.content = new TemplateColumns();
        this.changeSummary = "";
        this.publishedBy = "";
        this.publishedAt = Instant.EPOCH;
    }

    LibraryTemplateVersionEntity(TemplateVersion version) {
        this.templateId = version.template().id().value();
        this.number = version.number();
        this.content = new TemplateColumns(version.content());
        this.changeSummary = version.changeSummary();
        this.publishedBy = version.publishedBy();
        this.publishedAt = version.publishedAt();
    }

    TemplateVersion toDomain() {
        return new TemplateVersion(
                TemplateRef.library(new TemplateId(templateId)),
                null,
                number,
                content.toDomain(),
                changeSummary,
                publishedBy,
                publishedAt);
    }

    record Key(UUID templateId, int number) implements Serializable {
        Key() {
            this(new UUID(0, 0), 0);
        }
    }
}
