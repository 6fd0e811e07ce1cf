package io.policyhub.practice;

import io.policyhub.shared.InvalidInput;
import java.util.List;

/**
 * When a client who has not agreed yet is reminded: days after they were asked, strictly ascending. Empty
 * means no reminders. The reminder scheduler reads the same list from the database.
 */
public record ReminderSchedule(List<Integer> days) {

    public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(3, 7, 14));

    public static final int MAX_REMINDERS = 10;
    public static final int MAX_DAY = 365;

    public ReminderSchedule {
        if (days == null) {
            throw InvalidInput.of("reminderDays", "must be a list of days, e.g. [3, 7, 14]");
        }
        if (days.size() > MAX_REMINDERS) {
            throw InvalidInput.of("reminderDays", "must have at most " + MAX_REMINDERS + " reminders");
        }
        int previous = 0;
        for (int i = 0; i < days.size(); i++) {
            Integer day = days.get(i);
            if (day == null || day < 1 || day > MAX_DAY) {
                throw InvalidInput.of("reminderDays[" + i + "]", "must be a day between 1 and " + MAX_DAY);
            }
            if (day <= previous) {
                throw InvalidInput.of("reminderDays[" + i + "]", "must be later than the reminder before it");
            }
            previous = day;
        }
        days = List.copyOf(days);
    }
}
