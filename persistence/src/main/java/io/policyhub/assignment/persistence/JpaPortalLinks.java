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
import org.springframework.stereotype.Repository;

@Repository
class JpaPortalLinks implements PortalLinks {

    private final PortalLinkRepository repository;
    private final EntityManager entityManager;

    JpaPortalLinks(PortalLinkRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
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

    @Override
    public Optional<PracticeId> practiceOf(TokenHash hash) {
        var rows = entityManager
                .createNativeQuery("select practice_of_portal_token(?1)", UUID.class)
                .setParameter(1, hash.hex())
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null
                ? Optional.empty()
                : Optional.of(new PracticeId((UUID) rows.get(0)));
    }

    @Override
    public List<PortalLink> usableLinks(PolicyId policy, ClientId client, Instant now) {
        return repository.findUsable(policy.value(), client.value(), now).stream()
                .map(PortalLinkEntity::toDomain)
                .toList();
    }
}
