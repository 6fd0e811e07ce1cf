package io.policyhub.acknowledgement.persistence;

import io.policyhub.acknowledgement.PortalLinkState;
import io.policyhub.acknowledgement.PortalLinkState.CurrentVersion;
import io.policyhub.acknowledgement.PortalLinkStates;
import io.policyhub.assignment.PortalLink;
import io.policyhub.assignment.TokenHash;
import io.policyhub.client.ClientId;
import io.policyhub.policy.ContentHash;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import io.policyhub.practice.persistence.NativeRows;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * A link, its client's standing, its policy's status and current version in one statement: the portal's hot
 * path (every acknowledgement starts here) would otherwise make four round trips. Row-level security confines
 * the native query to the current practice; the practice id is also given, for the unique index.
 */
@Repository
class SqlPortalLinkStates implements PortalLinkStates {

    private static final String LINK_STATE = """
            select l.id, l.policy_id, l.client_id, l.created_at, l.expires_at, l.revoked_at,
                   c.id is not null as client_active, p.status, v.number, v.content_hash
            from portal_link l
            join policy p on p.practice_id = l.practice_id and p.id = l.policy_id
            left join client c on c.practice_id = l.practice_id and c.id = l.client_id and c.erased_at is null
            left join policy_version v
                   on v.practice_id = p.practice_id and v.policy_id = p.id and v.number = p.latest_version
            where l.practice_id = ?1 and l.token_hash = ?2""";

    private final EntityManager entityManager;

    SqlPortalLinkStates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<PortalLinkState> findByTokenHash(TokenHash hash) {
        Optional<PracticeId> practice = TenantScope.current().practice();
        if (practice.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(LINK_STATE)
                .setParameter(1, practice.get().value())
                .setParameter(2, hash.hex())
                .getResultList();
        return rows.stream().findFirst().map(row -> toState(practice.get(), hash, row));
    }

    private static PortalLinkState toState(PracticeId practice, TokenHash hash, Object[] row) {
        var link = new PortalLink(
                (UUID) row[0],
                practice,
                new PolicyId((UUID) row[1]),
                new ClientId((UUID) row[2]),
                hash,
                NativeRows.instant(row[3]),
                NativeRows.instant(row[4]),
                row[5] == null ? null : NativeRows.instant(row[5]));
        Optional<CurrentVersion> current = row[8] == null
                ? Optional.empty()
                : Optional.of(new CurrentVersion(((Number) row[8]).intValue(), new ContentHash((String) row[9])));
        return new PortalLinkState(link, (Boolean) row[6], PolicyStatus.valueOf((String) row[7]), current);
    }
}
