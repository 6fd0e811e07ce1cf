package io.policyhub.assignment.persistence;

import io.policyhub.assignment.Assignment;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "assignment")
@IdClass(AssignmentEntity.Key.class)
class AssignmentEntity {

    @Id
    @Column(name = "policy_id")
    private UUID policyId;

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @TenantId
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private String assignedBy;

    /** When the client was last asked (assigned, or a MAJOR version): reminders count from here. */
    @Column(name = "asked_at")
    private Instant askedAt;

    protected AssignmentEntity() {
        this.policyId = new UUID(0, 0);
        this.clientId = policyId;
        this.practiceId = policyId;
        this.assignedAt = Instant.EPOCH;
        this.assignedBy = "";
        this.askedAt = Instant.EPOCH;
    }

    AssignmentEntity(Assignment assignment) {
        this.policyId = assignment.policyId().value();
        this.clientId = assignment.clientId().value();
        this.practiceId = assignment.practiceId().value();
        this.assignedAt = assignment.assignedAt();
        this.assignedBy = assignment.assignedBy();
        this.askedAt = assignment.assignedAt();
    }

    Assignment toDomain() {
        return new Assignment(
                new PracticeId(practiceId), new PolicyId(policyId), new ClientId(clientId), assignedAt, assignedBy);
    }

    record Key(UUID policyId, UUID clientId) implements Serializable {
        Key() {
            this(new UUID(0, 0), new UUID(0, 0));
        }
    }
}
