package io.policyhub.policy.persistence;

import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

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
                updatedAt);
    }
}
