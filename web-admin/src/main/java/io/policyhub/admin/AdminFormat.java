package io.policyhub.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the admin pages write dates and times (UTC, British English), available to templates as {@code format}. */
public final class AdminFormat {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    public String date(Instant instant) {
        return DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public String time(Instant instant) {
        return TIME.format(instant);
    }
}
