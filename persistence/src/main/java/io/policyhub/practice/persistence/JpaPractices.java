package io.policyhub.practice.persistence;

import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.Practices;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JpaPractices implements Practices {

    private final PracticeRepository repository;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    JpaPractices(PracticeRepository repository, EntityManager entityManager, JdbcClient jdbc) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
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

    /** In the caller's transaction if there is one, otherwise alone in autocommit (it runs on every API call). */
    @Override
    public Map<String, PracticeId> idsByAliases(Collection<String> aliases) {
        if (aliases.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, alias from practice_ids_by_alias(cast(? as text[]))")
                .param(aliases.toArray(String[]::new))
                .query((row, number) ->
                        Map.entry(row.getString("alias"), new PracticeId(row.getObject("id", UUID.class))))
                .list() // never stream(): a stream holds its connection until closed
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
