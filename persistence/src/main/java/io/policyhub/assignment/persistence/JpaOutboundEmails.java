package io.policyhub.assignment.persistence;

import io.policyhub.assignment.OutboundEmail;
import io.policyhub.assignment.OutboundEmails;
import io.policyhub.client.ClientId;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.persistence.Pages;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;

@Repository
class JpaOutboundEmails implements OutboundEmails {

    private final OutboundEmailRepository repository;
    private final EntityManager entityManager;

    JpaOutboundEmails(OutboundEmailRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    public OutboundEmail save(OutboundEmail email) {
        OutboundEmailEntity entity = entityManager.find(OutboundEmailEntity.class, email.id());
        if (entity == null) {
            entity = new OutboundEmailEntity(email);
            entityManager.persist(entity);
        } else {
            entity.copy(email);
        }
        return entity.toDomain();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OutboundEmail> claimDue(Instant now, int limit) {
        List<OutboundEmailEntity> due = entityManager
                .createNativeQuery(
                        "select * from outbound_email where status = 'PENDING' and next_attempt_at <= ?1"
                                + " order by next_attempt_at limit ?2 for update skip locked",
                        OutboundEmailEntity.class)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return due.stream().map(OutboundEmailEntity::toDomain).toList();
    }

    @Override
    public Page<OutboundEmail> forClient(ClientId client, PageRequest page) {
        var result = repository.findByClientIdOrderByQueuedAtDescIdAsc(client.value(), Pages.of(page));
        return Page.of(result.map(OutboundEmailEntity::toDomain).getContent(), page, result.getTotalElements());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PracticeId> practicesWithDueEmail(Instant now) {
        List<UUID> ids = entityManager
                .createNativeQuery("select practices_with_due_email(?1)", UUID.class)
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        return ids.stream().map(PracticeId::new).toList();
    }
}
