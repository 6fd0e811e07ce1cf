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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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
            where l.practice_id = ? and l.token_hash = ?""";

    // JDBC on the transaction's connection rather than a Hibernate native query: this runs for every portal
    // request, and Hibernate's query layer measured as much CPU as the rest of the statement's handling.
    private final JdbcClient jdbc;

    SqlPortalLinkStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PortalLinkState> findByTokenHash(TokenHash hash) {
        Optional<PracticeId> practice = TenantScope.current().practice();
        if (practice.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(LINK_STATE)
                .param(practice.get().value())
                .param(hash.hex())
                .query((row, number) -> toState(practice.get(), hash, row))
                .optional();
    }

    private static PortalLinkState toState(PracticeId practice, TokenHash hash, ResultSet row) throws SQLException {
        var link = new PortalLink(
                row.getObject("id", UUID.class),
                practice,
                new PolicyId(row.getObject("policy_id", UUID.class)),
                new ClientId(row.getObject("client_id", UUID.class)),
                hash,
                instant(row, "created_at"),
                instant(row, "expires_at"),
                row.getObject("revoked_at") == null ? null : instant(row, "revoked_at"));
        int number = row.getInt("number");
        Optional<CurrentVersion> current = row.wasNull()
                ? Optional.empty()
                : Optional.of(new CurrentVersion(number, new ContentHash(row.getString("content_hash"))));
        return new PortalLinkState(
                link, row.getBoolean("client_active"), PolicyStatus.valueOf(row.getString("status")), current);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
