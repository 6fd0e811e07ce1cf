package io.policyhub.client.persistence;

import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
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
@Table(name = "client")
class ClientEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "external_ref")
    private @Nullable String externalRef;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    protected ClientEntity() {
        this.id = new UUID(0, 0);
        this.practiceId = id;
        this.displayName = "";
        this.email = "";
        this.createdAt = Instant.EPOCH;
    }

    ClientEntity(Client client) {
        this();
        this.id = client.id().value();
        this.practiceId = client.practiceId().value();
        this.createdAt = client.createdAt();
        copy(client);
    }

    void copy(Client client) {
        this.displayName = client.displayName();
        this.email = client.email();
        this.externalRef = client.externalRef().orElse(null);
        this.erasedAt = client.erasedAt().orElse(null);
    }

    Client toDomain() {
        return new Client(
                new ClientId(id), new PracticeId(practiceId), displayName, email, externalRef, createdAt, erasedAt);
    }
}
