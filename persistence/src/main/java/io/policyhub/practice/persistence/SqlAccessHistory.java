package io.policyhub.practice.persistence;

import io.policyhub.practice.AccessChange;
import io.policyhub.practice.AccessHistory;
import io.policyhub.practice.IntegrationCreated;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.StaffInvited;
import io.policyhub.practice.StaffRemoved;
import io.policyhub.practice.StaffRole;
import io.policyhub.practice.StaffRoleChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends access changes to the practice's audit trail through the same {@code audit_append} as the database's
 * triggers, in the caller's transaction: the same chain, sequence and actor ({@code app.actor}) as every other
 * entry. The details name staff and integrations, never a client.
 */
@Repository
class SqlAccessHistory implements AccessHistory {

    private static final String APPEND = "select audit_append(?, ?, null, jsonb_object(?::text[], ?::text[]))";

    private final JdbcClient jdbc;

    SqlAccessHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(PracticeId practice, AccessChange change) {
        var details = new LinkedHashMap<String, String>();
        String event = describe(change, details);
        jdbc.sql(APPEND)
                .params(
                        practice.value(),
                        event,
                        details.keySet().toArray(String[]::new),
                        details.values().toArray(String[]::new))
                .query()
                .listOfRows();
    }

    /** Puts the change's details into {@code details} and answers its event name. */
    private static String describe(AccessChange change, Map<String, String> details) {
        return switch (change) {
            case StaffInvited invited -> {
                details.put("member", invited.email());
                details.put("role", invited.role().roleName());
                details.put("newAccount", Boolean.toString(invited.newAccount()));
                yield "STAFF_INVITED";
            }
            case StaffRoleChanged changed -> {
                details.put("memberId", changed.memberId());
                details.put("member", changed.username());
                put(details, "previousRole", changed.previousRole());
                details.put("role", changed.role().roleName());
                yield "STAFF_ROLE_CHANGED";
            }
            case StaffRemoved removed -> {
                details.put("memberId", removed.memberId());
                details.put("member", removed.username());
                put(details, "role", removed.role());
                yield "STAFF_REMOVED";
            }
            case IntegrationCreated created -> {
                details.put("clientId", created.clientId());
                details.put("integration", created.name());
                yield "INTEGRATION_CREATED";
            }
        };
    }

    private static void put(Map<String, String> details, String key, Optional<StaffRole> role) {
        role.ifPresent(held -> details.put(key, held.roleName()));
    }
}
