package io.policyhub.assignment.persistence;

import io.policyhub.assignment.Assignment;
import io.policyhub.assignment.Assignments;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import jakarta.persistence.EntityManager;
import java.util.Optional;
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

    private static AssignmentEntity.Key key(PolicyId policy, ClientId client) {
        return new AssignmentEntity.Key(policy.value(), client.value());
    }
}
