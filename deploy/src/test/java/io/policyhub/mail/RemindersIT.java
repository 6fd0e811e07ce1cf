package io.policyhub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients who have not agreed are reminded on the practice's schedule (3, 7, 14 days), and only until they agree. */
class RemindersIT extends IntegrationTest {

    private TestPractice practice;
    private String policy;

    @BeforeEach
    void publishedPolicy() {
        TestMailServer.get().start();
        practice = newPractice("Reminding Practice");
        policy = practice.createPolicy("Cancellation policy", "# Cancellations\n\n48 hours notice, please.");
        practice.publish(policy, "First", "MAJOR");
    }

    @Test
    void anOutstandingClientIsRemindedOnScheduleAndRemindersStopOnceTheyAgree() throws Exception {
        String address = practice.alias() + ".late@example.com";
        String client = practice.addClient("Late Client", address);
        String token = practice.assign(policy, List.of(client)).get(0);
        awaitMails(address, 1);

        daysSinceAsked(client, 4);
        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(mails.get(1).getSubject()).isEqualTo("Reminder: please read and agree to Cancellation policy");

        daysSinceAsked(client, 4);
        Thread.sleep(1500);
        assertThat(TestMailServer.get().receivedBy(address))
                .as("the 7-day reminder is not due on day 4")
                .hasSize(2);

        practice.acknowledgeInPortal(token, "Late Client");
        daysSinceAsked(client, 30);
        Thread.sleep(1500);
        assertThat(TestMailServer.get().receivedBy(address))
                .as("no reminder after agreeing")
                .hasSize(2);
    }

    @Test
    void aClientAskedLongAgoGetsOneReminderNotABurstAndTheScheduleThenEnds() throws Exception {
        String address = practice.alias() + ".never@example.com";
        String client = practice.addClient("Never Agrees", address);
        practice.assign(policy, List.of(client));
        awaitMails(address, 1);

        daysSinceAsked(client, 30);
        awaitMails(address, 2);
        Thread.sleep(1500);

        assertThat(TestMailServer.get().receivedBy(address)).hasSize(2);
        assertThat(practice.viewer()
                        .get(practice.path("/clients/" + client + "/emails"))
                        .json()
                        .get("items")
                        .values())
                .extracting(email -> email.get("kind").asString())
                .containsExactly("REMINDER", "INVITATION");
    }

    @Test
    void aMajorVersionRestartsTheSchedule() throws Exception {
        String address = practice.alias() + ".again@example.com";
        String client = practice.addClient("Asked Again", address);
        practice.acknowledgeInPortal(practice.assign(policy, List.of(client)).get(0), "Asked Again");
        awaitMails(address, 1);

        practice.editDraft(policy, "Cancellation policy", "# Cancellations\n\n24 hours notice, please.");
        practice.publish(policy, "Shorter notice", "MAJOR");
        awaitMails(address, 2);
        daysSinceAsked(client, 3);

        List<MimeMessage> mails = awaitMails(address, 3);
        assertThat(mails.get(2).getSubject()).startsWith("Reminder:");
    }

    /** Moves the moment the client was asked into the past, instead of waiting for days. */
    private void daysSinceAsked(String client, int days) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate("update assignment set asked_at = now() - interval '" + days + " days'"
                    + " where client_id = '" + client + "'");
        }
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMailServer.get().receivedBy(address).size() >= count);
        return TestMailServer.get().receivedBy(address);
    }
}
