package io.policyhub.audit.persistence;

import io.policyhub.audit.AuditEntry;
import io.policyhub.audit.AuditFilter;
import io.policyhub.audit.AuditSubject;
import io.policyhub.audit.AuditTrail;
import io.policyhub.practice.TenantScope;
import io.policyhub.practice.persistence.NativeRows;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads audit entries with SQL; row-level security confines every query to the current practice. */
@Repository
class SqlAuditTrail implements AuditTrail {

    // Besides the stored fields, whether they still agree with the hashed payload (an edited column shows).
    private static final String COLUMNS = """
            select seq, occurred_at, actor, event, entity_id, details::text, payload, prev_hash, hash,
                   (payload::jsonb ->> 'seq')::bigint = seq
                   and payload::jsonb ->> 'actor' = actor
                   and payload::jsonb ->> 'event' = event
                   and coalesce(payload::jsonb ->> 'entityId', '') = coalesce(entity_id::text, '')
                   and payload::jsonb -> 'details' = details
                   and (payload::jsonb ->> 'practiceId')::uuid = practice_id
            from audit_entry""";
    private static final String FILTER =
            " where (cast(?1 as text) is null or event = ?1) and (cast(?2 as uuid) is null or entity_id = ?2)"
                    + " and (cast(?3 as text) is null or actor <> ?3)";
    private static final int BATCH = 1000;

    private final EntityManager entityManager;

    SqlAuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        List<Object[]> rows = entityManager
                .createNativeQuery(COLUMNS + FILTER + " order by seq desc limit ?4 offset ?5")
                .setParameter(1, filter.event().orElse(null))
                .setParameter(2, filter.entityId().orElse(null))
                .setParameter(3, excludedActor(filter))
                .setParameter(4, page.size())
                .setParameter(5, page.offset())
                .getResultList();
        long total = ((Number) entityManager
                        .createNativeQuery("select count(*) from audit_entry" + FILTER)
                        .setParameter(1, filter.event().orElse(null))
                        .setParameter(2, filter.entityId().orElse(null))
                        .setParameter(3, excludedActor(filter))
                        .getSingleResult())
                .longValue();
        return Page.of(rows.stream().map(SqlAuditTrail::entry).toList(), page, total);
    }

    private static @Nullable String excludedActor(AuditFilter filter) {
        return filter.peopleOnly() ? TenantScope.SYSTEM : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEachInOrder(Consumer<AuditEntry> consumer) {
        long after = 0;
        while (true) {
            List<Object[]> rows = entityManager
                    .createNativeQuery(COLUMNS + " where seq > ?1 order by seq limit ?2")
                    .setParameter(1, after)
                    .setParameter(2, BATCH)
                    .getResultList();
            for (Object[] row : rows) {
                AuditEntry entry = entry(row);
                consumer.accept(entry);
                after = entry.seq();
            }
            if (rows.size() < BATCH) {
                return;
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AuditEntry> about(AuditSubject subject, long afterSeq, int limit) {
        // A policy's entries are its own plus those naming it in their details; each branch walks its own
        // index in sequence order, so a page costs the same however far into the trail it starts.
        String sql = switch (subject.kind()) {
            case CLIENT -> COLUMNS + " where entity_id = ?1 and seq > ?2 order by seq limit ?3";
            case POLICY ->
                "select * from ((" + COLUMNS + " where entity_id = ?1 and seq > ?2 order by seq limit ?3) union ("
                        + COLUMNS + " where details ->> 'policyId' = cast(?1 as text) and seq > ?2"
                        + " order by seq limit ?3)) about order by 1 limit ?3";
        };
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter(1, subject.id())
                .setParameter(2, afterSeq)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(SqlAuditTrail::entry).toList();
    }

    private static AuditEntry entry(Object[] row) {
        return new AuditEntry(
                ((Number) row[0]).longValue(),
                NativeRows.instant(row[1]),
                (String) row[2],
                (String) row[3],
                Optional.ofNullable((UUID) row[4]),
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                Boolean.TRUE.equals(row[9]));
    }
}
