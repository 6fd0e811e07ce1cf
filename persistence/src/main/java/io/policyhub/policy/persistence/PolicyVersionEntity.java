package io.policyhub.policy.persistence;

import io.policyhub.policy.ChangeKind;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
@Table(name = "policy_version")
@IdClass(PolicyVersionEntity.Key.class)
class PolicyVersionEntity {

    @Id
    @Column(name = "policy_id")
    private UUID policyId;

    @Id
    private int number;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    private String title;

    private String content;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "change_summary")
    private String changeSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private ChangeKind changeKind;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected PolicyVersionEntity() {
        this.policyId = new UUID(0, 0);
        this.practiceId = policyId;
        this.title = "";
        this.content = "";
        this.contentHash = "";
        this.changeSummary = "";
        this.changeKind = ChangeKind.MAJOR;
        this.publishedBy = "";
        this.publishedAt = Instant.EPOCH;
    }

    PolicyVersionEntity(PolicyVersion version) {
        this.policyId = version.policyId().value();
        this.number = version.number();
        this.practiceId = version.practiceId().value();
        this.title = version.title();
        this.content = version.content();
        this.contentHash = version.contentHash().hex();
        this.changeSummary = version.changeSummary();
        this.changeKind = version.changeKind();
        this.publishedBy = version.publishedBy();
        this.publishedAt = version.publishedAt();
    }

    PolicyVersion toDomain() {
        return new PolicyVersion(
                new PracticeId(practiceId),
                new PolicyId(policyId),
                number,
                title,
                content,
                new ContentHash(contentHash),
                changeSummary,
                changeKind,
                publishedBy,
                publishedAt);
    }

    record Key(UUID policyId, int number) implements Serializable {
        Key() {
            this(new UUID(0, 0), 0);
        }
    }
}
