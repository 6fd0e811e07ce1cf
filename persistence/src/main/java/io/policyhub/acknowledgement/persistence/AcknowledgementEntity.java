package io.policyhub.acknowledgement.persistence;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.client.ClientId;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** Read side only: acknowledgements are written by an insert that tolerates double submits. */
@Entity
@Immutable
@Table(name = "acknowledgement")
class AcknowledgementEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "policy_id")
    private UUID policyId;

    private int version;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Enumerated(EnumType.STRING)
    private AcknowledgementMethod method;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "ip_address")
    private @Nullable String ipAddress;

    @Column(name = "user_agent")
    private @Nullable String userAgent;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected AcknowledgementEntity() {
        this.id = new UUID(0, 0);
        this.practiceId = id;
        this.clientId = id;
        this.policyId = id;
        this.contentHash = "";
        this.acknowledgedAt = Instant.EPOCH;
        this.method = AcknowledgementMethod.PORTAL;
        this.fullName = "";
        this.recordedBy = "";
    }

    Acknowledgement toDomain() {
        return new Acknowledgement(
                id,
                new PracticeId(practiceId),
                new ClientId(clientId),
                new PolicyId(policyId),
                version,
                new ContentHash(contentHash),
                acknowledgedAt,
                method,
                fullName,
                ipAddress,
                userAgent,
                recordedBy);
    }
}
