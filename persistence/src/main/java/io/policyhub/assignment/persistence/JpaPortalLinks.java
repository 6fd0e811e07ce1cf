package io.policyhub.assignment.persistence;

import io.policyhub.assignment.PortalLink;
import io.policyhub.assignment.PortalLinks;
import io.policyhub.assignment.TokenHash;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JpaPortalLinks implements PortalLinks {

    private final PortalLinkRepository repository;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    JpaPortalLinks(PortalLinkRepository repository, EntityManager entityManager, JdbcClient jdbc) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public PortalLink save(PortalLink link) {
        PortalLinkEntity entity = repository.findById(link.id()).orElse(null);
        if (entity == null) {
            entity = new PortalLinkEntity(link);
            entityManager.persist(entity);
        } else {
            entity.copy(link);
        }
        return entity.toDomain();
    }

    @Override
    public Optional<PortalLink> findByTokenHash(TokenHash hash) {
        return repository.findByTokenHash(hash.hex()).map(PortalLinkEntity::toDomain);
    }

    /**
     * Runs in the caller's transaction if there is one, otherwise alone in autocommit: the portal asks before it
     * has a scope, and a transaction of its own would cost three round trips instead of one.
     */
    @Override
    public Optional<PracticeId> practiceOf(TokenHash hash) {
        return jdbc.sql("select practice_of_portal_token(?)")
                .param(hash.hex())
                .query(UUID.class)
                .optional()
                .map(PracticeId::new);
    }

    @Override
    public List<PortalLink> usableLinks(PolicyId policy, ClientId client, Instant now) {
        return repository.findUsable(policy.value(), client.value(), now).stream()
                .map(PortalLinkEntity::toDomain)
                .toList();
    }
}
