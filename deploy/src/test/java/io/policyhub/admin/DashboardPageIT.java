package io.policyhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The dashboard: each policy's compliance with overdue clients first, and only this practice's activity. */
class DashboardPageIT extends IntegrationTest {

    @Test
    void clientsStillSilentAfterTheLastReminderAreOverdueAndListedFirst() throws Exception {
        TestPractice aurora = newPractice("Aurora Mind and Body");
        TestPractice northside = newPractice("Northside Counselling");
        northside.createPolicy("Northside secret policy", "# Secret\n");
        String policy = aurora.createPolicy("Fees", "# Fees\n");
        aurora.publish(policy, "First", "MAJOR");
        String ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        String zoe = aurora.addClient("Zoe Young", "zoe@example.com");
        String bea = aurora.addClient("Bea Brown", "bea@example.com");
        List<String> tokens = aurora.assign(policy, List.of(ada, zoe, bea));
        aurora.acknowledgeInPortal(tokens.get(0), "Ada Lovelace");
        awaitEmailsSent(aurora, 3); // the invitations, before moving the clock makes reminders due
        askedDaysAgo(policy, zoe, 15); // past the default schedule's last reminder (14 days)
        askedDaysAgo(policy, bea, 5);
        awaitEmailsSent(aurora, 5); // one reminder each: Zoe's passed steps are counted as one, not a burst

        Document dashboard = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer")
                .get("/admin")
                .html();

        Element card = dashboard.selectFirst(".policy-card");
        assertThat(card.select(".compliance-summary").text())
                .isEqualTo("1 of 3 acknowledged, 1 outstanding, 1 overdue");
        assertThat(card.select("svg[role=img]").attr("aria-label"))
                .isEqualTo(card.select(".compliance-summary").text());
        assertThat(card.select(".attention li").eachText())
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Zoe Young overdue"),
                        second -> assertThat(second).startsWith("Bea Brown asked"));
        assertThat(dashboard.select(".activity").text())
                .contains("published version 1 of “Fees”", "A client agreed to version 1 of “Fees”")
                .doesNotContain("Northside")
                .as("the system's routine work (e-mails, their links) is not activity")
                .doesNotContain("sent an e-mail", "Policyhub");
    }

    private static void awaitEmailsSent(TestPractice practice, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> practice.viewer()
                                .get(practice.path("/audit?event=EMAIL_SENT"))
                                .json()
                                .get("total")
                                .asInt()
                        == expected);
    }

    private static void askedDaysAgo(String policy, String client, int days) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                PreparedStatement update = owner.prepareStatement(
                        "update assignment set asked_at = now() - make_interval(days => ?) where policy_id = ? and client_id = ?")) {
            update.setInt(1, days);
            update.setObject(2, UUID.fromString(policy));
            update.setObject(3, UUID.fromString(client));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
