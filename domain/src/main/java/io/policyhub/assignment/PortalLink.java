package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client's personal link to one policy: valid until it expires or staff revoke it. */
public final class PortalLink {

    private final UUID id;
    private final PracticeId practiceId;
    private final PolicyId policyId;
    private final ClientId clientId;
    private final TokenHash tokenHash;
    private final Instant createdAt;
    private final Instant expiresAt;
    private @Nullable Instant revokedAt;

    public PortalLink(
            UUID id,
            PracticeId practiceId,
            PolicyId policyId,
            ClientId clientId,
            TokenHash tokenHash,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt) {
        this.id = Objects.requireNonNull(id);
        this.practiceId = Objects.requireNonNull(practiceId);
        this.policyId = Objects.requireNonNull(policyId);
        this.clientId = Objects.requireNonNull(clientId);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.revokedAt = revokedAt;
    }

    public static PortalLink issue(
            PracticeId practice, PolicyId policy, ClientId client, PortalToken token, Instant now, Instant expiresAt) {
        return new PortalLink(UUID.randomUUID(), practice, policy, client, token.hash(), now, expiresAt, null);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public PracticeId practiceId() {
        return practiceId;
    }

    public PolicyId policyId() {
        return policyId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public TokenHash tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
