package io.policyhub.assignment.persistence;

import io.policyhub.assignment.Assignment;
import io.policyhub.assignment.Assignments;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

@Repository
class JpaAssignments implements Assignments {

    private final AssignmentRepository repository;
    private final EntityManager entityManager;

    JpaAssignments(AssignmentRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Assignment> find(PolicyId policy, ClientId client) {
        return repository.findById(key(policy, client)).map(AssignmentEntity::toDomain);
    }

    @Override
    public Assignment save(Assignment assignment) {
        entityManager.persist(new AssignmentEntity(assignment));
        return assignment;
    }

    @Override
    public void delete(PolicyId policy, ClientId client) {
        repository.deleteById(key(policy, client));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClientId> clientsOf(PolicyId policy) {
        List<UUID> ids = entityManager
                .createNativeQuery(
                        "select a.client_id from assignment a join client c on c.practice_id = a.practice_id"
                                + " and c.id = a.client_id and c.erased_at is null where a.policy_id = ?1",
                        UUID.class)
                .setParameter(1, policy.value())
                .getResultList();
        return ids.stream().map(ClientId::new).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Assignment> dueReminders() {
        List<Object[]> rows = entityManager
                .createNativeQuery("select r.policy_id, r.client_id from due_reminder r"
                        + " join assignment a on a.practice_id = r.practice_id and a.policy_id = r.policy_id"
                        + " and a.client_id = r.client_id for update of a skip locked")
                .getResultList();
        return rows.stream()
                .map(row -> repository.findById(new AssignmentEntity.Key((UUID) row[0], (UUID) row[1])))
                .flatMap(java.util.Optional::stream)
                .map(AssignmentEntity::toDomain)
                .toList();
    }

    @Override
    public void reminderQueued(PolicyId policy, ClientId client) {
        // Counts every step of the schedule already passed, so a client asked long ago gets one reminder, not a burst.
        entityManager
                .createNativeQuery("""
                        update assignment a set reminders_sent = greatest(a.reminders_sent + 1,
                            (select count(*) from practice p, unnest(p.reminder_days) d
                             where p.id = a.practice_id and a.asked_at + make_interval(days => d) <= now()))
                        where a.policy_id = ?1 and a.client_id = ?2""")
                .setParameter(1, policy.value())
                .setParameter(2, client.value())
                .executeUpdate();
    }

    @Override
    public void askAgain(PolicyId policy, Instant now) {
        entityManager
                .createNativeQuery("update assignment set asked_at = ?2, reminders_sent = 0 where policy_id = ?1")
                .setParameter(1, policy.value())
                .setParameter(2, java.sql.Timestamp.from(now))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PracticeId> practicesWithDueReminders() {
        List<UUID> ids = entityManager
                .createNativeQuery("select practices_with_due_reminders()", UUID.class)
                .getResultList();
        return ids.stream().map(PracticeId::new).toList();
    }

    private static AssignmentEntity.Key key(PolicyId policy, ClientId client) {
        return new AssignmentEntity.Key(policy.value(), client.value());
    }
}
