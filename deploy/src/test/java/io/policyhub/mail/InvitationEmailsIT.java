package io.policyhub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.SendingMailers;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestMailServer;
import io.policyhub.support.TestPractice;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients' e-mails go through a real SMTP server, from the transactional outbox, exactly once. */
class InvitationEmailsIT extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("https://portal\\.policyhub\\.test/portal/([A-Za-z0-9_-]{43})");

    private TestPractice practice;
    private String policy;

    @BeforeEach
    void publishedPolicy() {
        TestMailServer.get().start();
        practice = newPractice("Aurora Mind and Body");
        policy = practice.createPolicy("Social media policy", "# Social media\n\nWe do not follow clients.");
        practice.publish(policy, "First", "MAJOR");
    }

    @AfterEach
    void smtpBackUp() {
        TestMailServer.get().start();
        SendingMailers.reset();
    }

    @Test
    void aChosenSenderNameIsWhatClientsSeeTheEmailComeFrom() throws Exception {
        assertThat(practice.admin()
                        .patch(practice.path(""), Map.of("emailSenderName", "Aurora Client Care"))
                        .status())
                .isEqualTo(200);
        String address = practice.alias() + ".ida@example.com";
        practice.assign(policy, List.of(practice.addClient("Ida Wells", address)));

        InternetAddress from = (InternetAddress) awaitMails(address, 1).get(0).getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Aurora Client Care");
    }

    @Test
    void theLinkAlreadyWorksWhileItsEmailIsBeingSent() {
        String address = practice.alias() + ".katherine@example.com";
        String client = practice.addClient("Katherine Johnson", address);
        List<Integer> portalAnswers = new CopyOnWriteArrayList<>();
        SendingMailers.observe(email -> {
            if (email.to().equals(address)) {
                portalAnswers.add(
                        anonymous().get("/portal/api/" + linkIn(email.text())).status());
            }
        });

        practice.assign(policy, List.of(client));

        awaitMails(address, 1);
        assertThat(portalAnswers).containsExactly(200);
    }

    @Test
    void anAssignedClientIsEmailedAWorkingPersonalLinkFromThePractice() throws Exception {
        String address = practice.alias() + ".ada@example.com";
        String client = practice.addClient("Ada Lovelace", address);

        practice.assign(policy, List.of(client));

        MimeMessage mail = awaitMails(address, 1).get(0);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Aurora Mind and Body");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("office@" + practice.alias() + ".example");
        assertThat(mail.getSubject()).isEqualTo("Please read and agree: Social media policy");
        String body = text(mail);
        assertThat(body).contains("Dear Ada Lovelace", "<a href=");
        ApiResponse portal = anonymous().get("/portal/api/" + linkIn(body));
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.text("policyTitle")).isEqualTo("Social media policy");

        ApiResponse history = practice.viewer().get(practice.path("/clients/" + client + "/emails"));
        assertThat(history.json().get("items").get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(history.json().get("items").get(0).get("kind").asString()).isEqualTo("INVITATION");
        assertThat(practice.viewer()
                        .get(practice.path("/audit?event=EMAIL_SENT"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aMajorVersionEmailsEveryAssignedClientAgainAndAMinorOneDoesNot() throws Exception {
        String address = practice.alias() + ".grace@example.com";
        String client = practice.addClient("Grace Hopper", address);
        practice.assign(policy, List.of(client));
        awaitMails(address, 1);

        practice.editDraft(policy, "Social media policy", "# Social media\n\nWe never follow clients.");
        practice.publish(policy, "Stronger wording", "MINOR");
        practice.editDraft(policy, "Social media policy", "# Social media\n\nWe never follow or friend clients.");
        practice.publish(policy, "Friending too", "MAJOR");

        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(mails.get(1).getSubject()).startsWith("Updated policy, please read and agree again");
        Thread.sleep(1000);
        assertThat(TestMailServer.get().receivedBy(address)).hasSize(2);
    }

    @Test
    void anSmtpOutageNeitherFailsTheAssignmentNorLosesTheEmailWhichIsSentOnceWhenSmtpIsBack() throws Exception {
        String address = practice.alias() + ".alan@example.com";
        String client = practice.addClient("Alan Turing", address);
        TestMailServer.get().stop();

        ApiResponse assigned = practice.admin()
                .post(practice.path("/policies/" + policy + "/assignments"), Map.of("clientIds", List.of(client)));
        assertThat(assigned.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ApiResponse history = practice.viewer().get(practice.path("/clients/" + client + "/emails"));
            assertThat(history.json().get("items").get(0).get("attempts").asInt())
                    .isGreaterThanOrEqualTo(1);
            assertThat(history.json().get("items").get(0).get("status").asString())
                    .isEqualTo("PENDING");
            assertThat(history.json().get("items").get(0).get("lastError").asString())
                    .contains("SMTP");
        });

        TestMailServer.get().start();
        retryNow();

        MimeMessage mail = awaitMails(address, 1).get(0);
        assertThat(anonymous().get("/portal/api/" + linkIn(text(mail))).status())
                .isEqualTo(200);
        Thread.sleep(1000);
        assertThat(TestMailServer.get().receivedBy(address)).hasSize(1);
        assertThat(practice.viewer()
                        .get(practice.path("/clients/" + client + "/emails"))
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("SENT");
    }

    @Test
    void staffCanResendALinkAndUnassignedClientsAreNotEmailed() throws Exception {
        String address = practice.alias() + ".mary@example.com";
        String client = practice.addClient("Mary Shelley", address);
        practice.assign(policy, List.of(client));
        awaitMails(address, 1);

        assertThat(practice.admin()
                        .post(practice.path("/policies/" + policy + "/assignments/" + client + "/resend"), Map.of())
                        .status())
                .isEqualTo(202);
        List<MimeMessage> mails = awaitMails(address, 2);
        assertThat(linkIn(text(mails.get(1)))).isNotEqualTo(linkIn(text(mails.get(0))));

        String other = practice.addClient("Unassigned", practice.alias() + ".nobody@example.com");
        assertThat(practice.admin()
                        .post(practice.path("/policies/" + policy + "/assignments/" + other + "/resend"), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(practice.viewer()
                        .post(practice.path("/policies/" + policy + "/assignments/" + client + "/resend"), Map.of())
                        .status())
                .isEqualTo(403);
    }

    /** Skips the back-off: the outage is over, so make every waiting e-mail due now. */
    private void retryNow() throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate(
                    "update outbound_email set next_attempt_at = now() where status = 'PENDING' and practice_id = '"
                            + practice.id() + "'");
        }
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMailServer.get().receivedBy(address).size() >= count);
        return TestMailServer.get().receivedBy(address);
    }

    private static String text(MimeMessage mail) throws Exception {
        mail.getContent();
        var out = new java.io.ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String linkIn(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a portal link in:\n" + body).isTrue();
        return matcher.group(1);
    }
}
