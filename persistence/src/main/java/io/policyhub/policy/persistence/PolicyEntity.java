package io.policyhub.policy.persistence;

import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.policy.TemplateOrigin;
import io.policyhub.practice.PracticeId;
import io.policyhub.template.TemplateId;
import io.policyhub.template.TemplateKind;
import io.policyhub.template.TemplateRef;
import io.policyhub.template.persistence.TemplateJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "policy")
class PolicyEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    private String title;

    @Column(name = "draft_content")
    private String draftContent;

    @Column(name = "draft_revision")
    private long draftRevision;

    @Enumerated(EnumType.STRING)
    private PolicyStatus status;

    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "template_kind")
    private @Nullable TemplateKind templateKind;

    @Column(name = "template_id")
    private @Nullable UUID templateId;

    @Column(name = "template_version")
    private @Nullable Integer templateVersion;

    @Column(name = "template_variables")
    private @Nullable String templateVariables;

    protected PolicyEntity() {
        this.id = new UUID(0, 0);
        this.practiceId = id;
        this.title = "";
        this.draftContent = "";
        this.status = PolicyStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    PolicyEntity(Policy policy) {
        this();
        this.id = policy.id().value();
        this.practiceId = policy.practiceId().value();
        this.createdAt = policy.createdAt();
        copy(policy);
    }

    void copy(Policy policy) {
        this.title = policy.title();
        this.draftContent = policy.draftContent();
        this.draftRevision = policy.draftRevision();
        this.status = policy.status();
        this.latestVersion = policy.latestVersion().orElse(0);
        this.updatedAt = policy.updatedAt();
        copyTemplateOrigin(policy);
    }

    private void copyTemplateOrigin(Policy policy) {
        TemplateOrigin origin = policy.templateOrigin().orElse(null);
        this.templateKind = origin == null ? null : origin.template().kind();
        this.templateId = origin == null ? null : origin.template().id().value();
        this.templateVersion = origin == null ? null : origin.version();
        this.templateVariables = origin == null ? null : TemplateJson.values(origin.variables());
    }

    private @Nullable TemplateOrigin templateOrigin() {
        if (templateKind == null || templateId == null || templateVersion == null || templateVariables == null) {
            return null;
        }
        return new TemplateOrigin(
                new TemplateRef(templateKind, new TemplateId(templateId)),
                templateVersion,
                TemplateJson.values(templateVariables));
    }

    Policy toDomain() {
        return new Policy(
                new PolicyId(id),
                new PracticeId(practiceId),
                title,
                draftContent,
                draftRevision,
                status,
                latestVersion,
                createdAt,
                updatedAt,
                templateOrigin());
    }
}
