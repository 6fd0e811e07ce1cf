package io.policyhub.acknowledgement.persistence;

import io.policyhub.acknowledgement.ComplianceQueries;
import io.policyhub.acknowledgement.OutstandingClient;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * Compliance counts in SQL over the (practice, policy) indexes. Native queries bypass Hibernate's tenant
 * filter; row-level security still confines them to the current practice.
 */
@Repository
class SqlComplianceQueries implements ComplianceQueries {

    private static final String ASSIGNED = """
            from assignment a
            join client c on c.practice_id = a.practice_id and c.id = a.client_id and c.erased_at is null
            where a.policy_id = ?1""";

    private static final String ACKNOWLEDGED = """
            exists (select 1 from acknowledgement k
                    where k.practice_id = a.practice_id and k.client_id = a.client_id
                      and k.policy_id = a.policy_id and k.version >= ?2)""";

    private final EntityManager entityManager;

    SqlComplianceQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long assignedClients(PolicyId policy) {
        return count("select count(*) " + ASSIGNED, policy, Optional.empty());
    }

    @Override
    public long acknowledgedClients(PolicyId policy, int bindingVersion) {
        return count("select count(*) " + ASSIGNED + " and " + ACKNOWLEDGED, policy, Optional.of(bindingVersion));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<OutstandingClient> outstandingClients(PolicyId policy, int bindingVersion, PageRequest page) {
        String sql = "select c.id, c.display_name, c.email, a.assigned_at,"
                + " (select max(k.version) from acknowledgement k where k.practice_id = a.practice_id"
                + "  and k.client_id = a.client_id and k.policy_id = a.policy_id) "
                + ASSIGNED + " and not " + ACKNOWLEDGED
                + " order by c.display_name, c.id limit ?3 offset ?4";
        List<Object[]> rows = entityManager
                .createNativeQuery(sql)
                .setParameter(1, policy.value())
                .setParameter(2, bindingVersion)
                .setParameter(3, page.size())
                .setParameter(4, page.offset())
                .getResultList();
        long total =
                count("select count(*) " + ASSIGNED + " and not " + ACKNOWLEDGED, policy, Optional.of(bindingVersion));
        List<OutstandingClient> items =
                rows.stream().map(SqlComplianceQueries::outstanding).toList();
        return Page.of(items, page, total);
    }

    private static OutstandingClient outstanding(Object[] row) {
        return new OutstandingClient(
                new ClientId((UUID) row[0]),
                (String) row[1],
                (String) row[2],
                row[3] instanceof Timestamp t ? t.toInstant() : (java.time.Instant) row[3],
                Optional.ofNullable((Integer) row[4]));
    }

    private long count(String sql, PolicyId policy, Optional<Integer> bindingVersion) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, policy.value());
        bindingVersion.ifPresent(version -> query.setParameter(2, version));
        return ((Number) query.getSingleResult()).longValue();
    }
}
