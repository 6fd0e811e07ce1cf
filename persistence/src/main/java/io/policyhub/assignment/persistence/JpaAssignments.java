package io.policyhub.assignment.persistence;

import io.policyhub.assignment.Assignment;
import io.policyhub.assignment.Assignments;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import jakarta.persistence.EntityManager;
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

    private static AssignmentEntity.Key key(PolicyId policy, ClientId client) {
        return new AssignmentEntity.Key(policy.value(), client.value());
    }
}
