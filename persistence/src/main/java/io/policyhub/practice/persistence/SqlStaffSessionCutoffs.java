package io.policyhub.practice.persistence;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.StaffSessionCutoffs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Session cut-offs by practice and username, one row each (the latest), in the caller's transaction. */
@Repository
class SqlStaffSessionCutoffs implements StaffSessionCutoffs {

    private static final String CUT_OFF = """
            insert into staff_session_cutoff (practice_id, username, cut_off_at) values (?, ?, ?)
            on conflict (practice_id, username) do update set cut_off_at = excluded.cut_off_at""";

    private static final String CUTOFF_OF =
            "select cut_off_at from staff_session_cutoff where practice_id = ? and username = ?";

    private final JdbcClient jdbc;

    SqlStaffSessionCutoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void cutOff(PracticeId practice, String username, Instant at) {
        jdbc.sql(CUT_OFF)
                .params(practice.value(), username, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    @Override
    public Optional<Instant> cutoffOf(PracticeId practice, String username) {
        return jdbc.sql(CUTOFF_OF)
                .params(practice.value(), username)
                .query((row, number) ->
                        row.getObject("cut_off_at", OffsetDateTime.class).toInstant())
                .optional();
    }
}
