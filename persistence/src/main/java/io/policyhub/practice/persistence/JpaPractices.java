package io.policyhub.practice.persistence;

import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.Practices;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;

@Repository
class JpaPractices implements Practices {

    private final PracticeRepository repository;
    private final EntityManager entityManager;

    JpaPractices(PracticeRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    public Practice save(Practice practice) {
        PracticeEntity entity = repository.findById(practice.id().value()).orElse(null);
        if (entity == null) {
            entity = new PracticeEntity(practice);
            entityManager.persist(entity);
        } else {
            entity.copy(practice);
        }
        return entity.toDomain();
    }

    @Override
    public Optional<Practice> findById(PracticeId id) {
        return repository.findById(id.value()).map(PracticeEntity::toDomain);
    }

    @Override
    public Page<Practice> findVisible(PageRequest page) {
        var result = repository.findAllByOrderByNameAscIdAsc(Pages.of(page));
        return Page.of(result.map(PracticeEntity::toDomain).getContent(), page, result.getTotalElements());
    }

    @Override
    public boolean aliasTaken(String alias) {
        return repository.existsByAlias(alias);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<PracticeId> idsByAliases(Collection<String> aliases) {
        if (aliases.isEmpty()) {
            return Set.of();
        }
        var rows = (java.util.List<Object[]>) entityManager
                .createNativeQuery("select id, alias from practice_ids_by_alias(cast(?1 as text[]))")
                .setParameter(1, aliases.toArray(String[]::new))
                .getResultList();
        return rows.stream().map(row -> new PracticeId((UUID) row[0])).collect(Collectors.toUnmodifiableSet());
    }
}
