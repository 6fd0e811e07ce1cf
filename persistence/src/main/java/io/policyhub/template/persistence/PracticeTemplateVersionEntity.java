package io.policyhub.template.persistence;

import io.policyhub.practice.PracticeId;
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
import org.hibernate.annotations.TenantId;

@Entity
@Immutable
@Table(name = "practice_template_version")
@IdClass(PracticeTemplateVersionEntity.Key.class)
class PracticeTemplateVersionEntity {

    @Id
    @Column(name = "template_id")
    private UUID templateId;

    @Id
    private int number;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Embedded
    private TemplateColumns content;

    @Column(name = "change_summary")
    private String changeSummary;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected PracticeTemplateVersionEntity() {
        this.templateId = new UUID(0, 0);
        this.practiceId = templateId;
        this.content = new TemplateColumns();
        this.changeSummary = "";
        this.publishedBy = "";
        this.publishedAt = Instant.EPOCH;
    }

    PracticeTemplateVersionEntity(TemplateVersion version) {
        this.templateId = version.template().id().value();
        this.number = version.number();
        this.practiceId = version.owner().orElseThrow().value();
        this.content = new TemplateColumns(version.content());
        this.changeSummary = version.changeSummary();
        this.publishedBy = version.publishedBy();
        this.publishedAt = version.publishedAt();
    }

    TemplateVersion toDomain() {
        return new TemplateVersion(
                TemplateRef.practice(new TemplateId(templateId)),
                new PracticeId(practiceId),
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
