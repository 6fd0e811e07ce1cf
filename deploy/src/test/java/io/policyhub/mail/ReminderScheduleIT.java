package io.policyhub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admins choose when outstanding clients are reminded, through the practice API, and reminders follow it. */
class ReminderScheduleIT extends IntegrationTest {

    private TestPractice practice;
    private String policy;

    @BeforeEach
    void publishedPolicy() {
        TestMailServer.get().start();
        practice = newPractice("Scheduling Practice");
        policy = practice.createPolicy("Cancellation policy", "# Cancellations\n\n48 hours notice, please.");
        practice.publish(policy, "First", "MAJOR");
    }

    @Test
    void adminsReadAndChangeTheScheduleAndOnlyASensibleOneIsAccepted() {
        assertThat(practice.viewer()
                        .get(practice.path(""))
                        .json()
                        .get("reminderDays")
                        .values())
                .extracting(day -> day.asInt())
                .containsExactly(3, 7, 14);

        ApiResponse changed = practice.admin().patch(practice.path(""), Map.of("reminderDays", List.of(2, 5, 10, 30)));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("reminderDays").values())
                .extracting(day -> day.asInt())
                .containsExactly(2, 5, 10, 30);
        assertThat(refused(List.of(7, 3))).isEqualTo("reminderDays[1]: must be later than the reminder before it");
        assertThat(refused(List.of(3, 3))).isEqualTo("reminderDays[1]: must be later than the reminder before it");
        assertThat(refused(List.of(0, 3))).isEqualTo("reminderDays[0]: must be a day between 1 and 365");
        assertThat(refused(List.of(400))).isEqualTo("reminderDays[0]: must be a day between 1 and 365");
        assertThat(refused(IntStream.rangeClosed(1, 11).boxed().toList()))
                .isEqualTo("reminderDays: must have at most 10 reminders");
        assertThat(refused(List.of("three"))).isEqualTo("reminderDays[0]: must be a whole number");
        assertThat(refused("3, 7")).isEqualTo("reminderDays: must be a list of whole numbers");
        assertThat(refused(null)).isEqualTo("reminderDays: must be a list of whole numbers");
        assertThat(practice.viewer()
                        .patch(practice.path(""), Map.of("reminderDays", List.of(1)))
                        .status())
                .isEqualTo(403);
        assertThat(practice.viewer()
                        .get(practice.path(""))
                        .json()
                        .get("reminderDays")
                        .values())
                .as("nothing refused was stored")
                .extracting(day -> day.asInt())
                .containsExactly(2, 5, 10, 30);
        assertThat(practice.admin()
                        .patch(practice.path(""), Map.of("reminderDays", List.of()))
                        .json()
                        .get("reminderDays")
                        .values())
                .as("no reminders at all")
                .isEmpty();
    }

    @Test
    void remindersFollowTheChangedScheduleAndEndWithIt() throws Exception {
        practice.admin().patch(practice.path(""), Map.of("reminderDays", List.of(1, 2)));
        String address = practice.alias() + ".scheduled@example.com";
        String client = practice.addClient("Scheduled Client", address);
        practice.assign(policy, List.of(client));
        awaitMails(address, 1);

        hoursSinceAsked(client, 25);
        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(mails.get(1).getSubject())
                .as("a day after being asked: the default schedule would wait until day 3")
                .startsWith("Reminder:");

        hoursSinceAsked(client, 49);
        awaitMails(address, 3);

        hoursSinceAsked(client, 24 * 30);
        assertThat(dueNow(client)).as("the schedule has no third reminder").isFalse();
        assertThat(remindersSent(client)).isEqualTo(2);
    }

    @Test
    void aLaterScheduleHoldsRemindersBackThatTheDefaultWouldHaveSent() throws Exception {
        practice.admin().patch(practice.path(""), Map.of("reminderDays", List.of(10)));
        String address = practice.alias() + ".patient@example.com";
        String client = practice.addClient("Patient Client", address);
        practice.assign(policy, List.of(client));
        awaitMails(address, 1);

        hoursSinceAsked(client, 24 * 4);
        assertThat(dueNow(client)).as("day 4 of a 10-day schedule").isFalse();
        assertThat(remindersSent(client)).isZero();

        hoursSinceAsked(client, 24 * 10 + 1);
        assertThat(awaitMails(address, 2).get(1).getSubject()).startsWith("Reminder:");
    }

    private String refused(Object days) {
        var patch = new HashMap<String, Object>();
        patch.put("reminderDays", days);
        ApiResponse response = practice.admin().patch(practice.path(""), patch);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        var error = response.json().get("errors").get(0);
        return error.get("field").asString() + ": " + error.get("message").asString();
    }

    /** Moves the moment the client was asked into the past, instead of waiting. */
    private static void hoursSinceAsked(String client, int hours) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate("update assignment set asked_at = now() - interval '" + hours + " hours'"
                    + " where client_id = '" + client + "'");
        }
    }

    /** Whether the scheduler, on its next run, would remind this client (the view it reads). */
    private static boolean dueNow(String client) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            ResultSet due =
                    statement.executeQuery("select count(*) from due_reminder where client_id = '" + client + "'");
            due.next();
            return due.getInt(1) > 0;
        }
    }

    private static int remindersSent(String client) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            ResultSet sent =
                    statement.executeQuery("select reminders_sent from assignment where client_id = '" + client + "'");
            sent.next();
            return sent.getInt(1);
        }
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMailServer.get().receivedBy(address).size() >= count);
        return TestMailServer.get().receivedBy(address);
    }
}
