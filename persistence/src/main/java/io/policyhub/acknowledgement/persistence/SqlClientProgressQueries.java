package io.policyhub.acknowledgement.persistence;

import io.policyhub.acknowledgement.ClientProgress;
import io.policyhub.acknowledgement.ClientProgressQueries;
import io.policyhub.acknowledgement.Progress;
import io.policyhub.acknowledgement.ProgressFilter;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.persistence.NativeRows;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * Each live client with their progress on one policy, walked in name order over the practice's client index,
 * each client's newest acknowledgement of the policy from the once-per-version unique index. Native SQL: row-level
 * security confines it to the current practice, whose id is also given explicitly.
 */
@Repository
class SqlClientProgressQueries implements ClientProgressQueries {

    // Overdue, as on the dashboard and in the compliance counts: the database's overdue_cutoff decides.
    private static final String PROGRESS = """
            select c.id, c.display_name, c.email, c.external_ref, a.asked_at, k.last_version,
                case when a.client_id is null then 'NOT_ASSIGNED'
                     when k.last_version >= :binding then 'ACKNOWLEDGED'
                     when a.asked_at <= s.cutoff then 'OVERDUE'
                     else 'OUTSTANDING' end as progress
            from client c
            cross join (select overdue_cutoff(:practice) as cutoff) s
            left join assignment a on a.practice_id = c.practice_id and a.policy_id = :policy and a.client_id = c.id
            left join lateral (
                select max(v.version) as last_version from acknowledgement v
                where v.practice_id = c.practice_id and v.client_id = c.id and v.policy_id = :policy) k on true
            where c.practice_id = :practice and c.erased_at is null""";

    private static final String SEARCH = " and (lower(c.display_name) like :pattern escape '\\'"
            + " or lower(c.email) like :pattern escape '\\' or lower(c.external_ref) like :pattern escape '\\')";

    private final EntityManager entityManager;

    SqlClientProgressQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<ClientProgress> forPolicy(
            PolicyId policy, int bindingVersion, ProgressFilter filter, PageRequest page) {
        String progress = "select * from (" + PROGRESS + (filter.search().isPresent() ? SEARCH : "") + ") p"
                + (filter.progress().isPresent() ? " where p.progress = :progress" : "");
        long total = ((Number) parameters(
                                entityManager.createNativeQuery("select count(*) from (" + progress + ") n"),
                                policy,
                                bindingVersion,
                                filter)
                        .getSingleResult())
                .longValue();
        List<Object[]> rows = parameters(
                        entityManager.createNativeQuery(
                                progress + " order by p.display_name, p.id limit :limit offset :offset"),
                        policy,
                        bindingVersion,
                        filter)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return Page.of(rows.stream().map(SqlClientProgressQueries::progress).toList(), page, total);
    }

    private static Query parameters(Query query, PolicyId policy, int bindingVersion, ProgressFilter filter) {
        query.setParameter("practice", NativeRows.currentPractice())
                .setParameter("policy", policy.value())
                .setParameter("binding", bindingVersion);
        filter.search().ifPresent(text -> query.setParameter("pattern", likePattern(text)));
        filter.progress().ifPresent(progress -> query.setParameter("progress", progress.name()));
        return query;
    }

    private static String likePattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static ClientProgress progress(Object[] row) {
        return new ClientProgress(
                new ClientId((UUID) row[0]),
                (String) row[1],
                (String) row[2],
                Optional.ofNullable((String) row[3]),
                Progress.valueOf((String) row[6]),
                Optional.ofNullable(row[4]).map(NativeRows::instant),
                Optional.ofNullable((Integer) row[5]));
    }
}
