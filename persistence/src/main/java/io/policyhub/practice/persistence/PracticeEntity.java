package io.policyhub.practice.persistence;

import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "practice")
class PracticeEntity {

    @Id
    private UUID id;

    private String name;

    private String alias;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PracticeEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
        this.alias = "";
        this.createdAt = Instant.EPOCH;
    }

    PracticeEntity(Practice practice) {
        this.id = practice.id().value();
        this.alias = practice.alias();
        this.createdAt = practice.createdAt();
        this.name = practice.name();
        copy(practice);
    }

    void copy(Practice practice) {
        this.name = practice.name();
        this.contactEmail = practice.contactEmail().orElse(null);
    }

    Practice toDomain() {
        return new Practice(new PracticeId(id), name, alias, contactEmail, createdAt);
    }
}
