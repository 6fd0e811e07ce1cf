package io.policyhub.practice.persistence;

import io.policyhub.practice.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the adapters' native queries share: reading their timestamp columns and naming the current practice. */
public final class NativeRows {

    private NativeRows() {}

    /** A {@code timestamptz} column of a native query's row, whichever Java type the driver handed back. */
    public static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }

    /**
     * The practice the current transaction works in, passed to native queries explicitly (row-level security
     * confines them anyway; the explicit id lets the planner use the per-practice indexes and row counts).
     */
    public static UUID currentPractice() {
        return TenantScope.current()
                .practice()
                .orElseThrow(() -> new IllegalStateException("no practice in scope"))
                .value();
    }
}
