package io.policyhub.assignment.persistence;

import io.policyhub.assignment.PortalLink;
import io.policyhub.assignment.TokenHash;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "portal_link")
class PortalLinkEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "policy_id")
    private UUID policyId;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected PortalLinkEntity() {
        this.id = new UUID(0, 0);
        this.practiceId = id;
        this.policyId = id;
        this.clientId = id;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    PortalLinkEntity(PortalLink link) {
        this.id = link.id();
        this.practiceId = link.practiceId().value();
        this.policyId = link.policyId().value();
        this.clientId = link.clientId().value();
        this.tokenHash = link.tokenHash().hex();
        this.createdAt = link.createdAt();
        this.expiresAt = link.expiresAt();
        this.revokedAt = link.revokedAt().orElse(null);
    }

    void copy(PortalLink link) {
        this.revokedAt = link.revokedAt().orElse(null);
    }

    PortalLink toDomain() {
        return new PortalLink(
                id,
                new PracticeId(practiceId),
                new PolicyId(policyId),
                new ClientId(clientId),
                new TokenHash(tokenHash),
                createdAt,
                expiresAt,
                revokedAt);
    }
}
