package io.policyhub.policy.persistence;

import io.policyhub.policy.Policies;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.persistence.NativeRows;
import io.policyhub.practice.persistence.Pages;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JpaPolicies implements Policies {

    // The first version and every MAJOR one after it bind clients; a MINOR version carries the last one forward.
    private static final String BINDING_VERSION = """
            select max(v.number) from policy_version v
            where v.practice_id = ? and v.policy_id = ? and (v.change_kind = 'MAJOR' or v.number = 1)""";

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    JpaPolicies(
            PolicyRepository policies, PolicyVersionRepository versions, EntityManager entityManager, JdbcClient jdbc) {
        this.policies = policies;
        this.versions = versions;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Policy save(Policy policy) {
        PolicyEntity entity = policies.findById(policy.id().value()).orElse(null);
        if (entity == null) {
            entity = new PolicyEntity(policy);
            entityManager.persist(entity);
        } else {
            entity.copy(policy);
        }
        return entity.toDomain();
    }

    @Override
    public Optional<Policy> findById(PolicyId id) {
        return policies.findById(id.value()).map(PolicyEntity::toDomain);
    }

    @Override
    public Optional<Policy> findForUpdate(PolicyId id) {
        return policies.findForUpdate(id.value()).map(PolicyEntity::toDomain);
    }

    @Override
    public Page<Policy> list(Optional<PolicyStatus> status, PageRequest page) {
        var result = status.map(s -> policies.findByStatusOrderByUpdatedAtDescIdAsc(s, Pages.of(page)))
                .orElseGet(() -> policies.findAllByOrderByUpdatedAtDescIdAsc(Pages.of(page)));
        return Page.of(result.map(PolicyEntity::toDomain).getContent(), page, result.getTotalElements());
    }

    @Override
    public PolicyVersion addVersion(PolicyVersion version) {
        entityManager.persist(new PolicyVersionEntity(version));
        return version;
    }

    @Override
    public Optional<PolicyVersion> findVersion(PolicyId id, int number) {
        return versions.findById(new PolicyVersionEntity.Key(id.value(), number))
                .map(PolicyVersionEntity::toDomain);
    }

    @Override
    public Optional<Integer> bindingVersion(PolicyId id) {
        // Plain JDBC on the transaction's connection, the practice given explicitly (row-level security confines
        // it too): while the tenant restriction is on, Hibernate translates every JPQL query afresh, which was a
        // fifth of a compliance request's CPU for this one look-up.
        return jdbc.sql(BINDING_VERSION)
                .param(NativeRows.currentPractice())
                .param(id.value())
                .query(Integer.class)
                .optional();
    }

    @Override
    public Page<PolicyVersion> versions(PolicyId id, PageRequest page) {
        var result = versions.findByPolicyIdOrderByNumberDesc(id.value(), Pages.of(page));
        return Page.of(result.map(PolicyVersionEntity::toDomain).getContent(), page, result.getTotalElements());
    }
}
