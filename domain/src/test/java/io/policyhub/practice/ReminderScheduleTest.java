package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    @Test
    void theDefaultIsThreeSevenAndFourteenDays() {
        assertThat(ReminderSchedule.DEFAULT.days()).containsExactly(3, 7, 14);
    }

    @Test
    void daysAreStrictlyAscendingWithinAYearAndAtMostTen() {
        assertThat(new ReminderSchedule(List.of(1, 365)).days()).containsExactly(1, 365);
        assertThat(new ReminderSchedule(List.of()).days()).isEmpty();
        assertThatThrownBy(() -> new ReminderSchedule(List.of(7, 3))).hasMessageContaining("reminderDays[1]");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(3, 3))).hasMessageContaining("later than");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(0))).hasMessageContaining("between 1 and 365");
        assertThatThrownBy(() -> new ReminderSchedule(List.of(366))).hasMessageContaining("between 1 and 365");
        assertThatThrownBy(() -> new ReminderSchedule(Arrays.asList(1, null))).hasMessageContaining("reminderDays[1]");
        assertThatThrownBy(() -> new ReminderSchedule(
                        IntStream.rangeClosed(1, 11).boxed().toList()))
                .hasMessageContaining("at most 10");
    }
}
