package io.policyhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log page over real HTTP: paged and filtered, and "verify the chain" telling intact from tampered. */
class AuditAdminIT extends IntegrationTest {

    private TestPractice aurora;
    private String policy;
    private String ada;

    @BeforeEach
    void history() {
        aurora = newPractice("Aurora Mind and Body");
        policy = aurora.createPolicy("Social media policy", "We do not follow clients.");
        aurora.publish(policy, "First", "MAJOR");
        ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        aurora.assign(policy, List.of(ada));
    }

    @Test
    void theLogShowsEveryChangeNewestFirstAndFiltersByEventOrRecord() {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        Document log = viewer.get("/admin/audit").html();
        List<String> events = log.select("table.audit tbody tr td:nth-child(4)").eachText();
        assertThat(events)
                .containsSubsequence("Policy assigned", "Client added", "Version published", "Policy drafted")
                .endsWith("Policy drafted");
        assertThat(log.select("table.audit").text()).doesNotContain("Ada Lovelace", "ada@example.com");

        assertThat(viewer.get("/admin/audit?event=POLICY_PUBLISHED").html().select("table.audit tbody tr"))
                .hasSize(1);
        Document aboutPolicy = viewer.get("/admin/audit?entity=" + policy).html();
        assertThat(aboutPolicy.select("table.audit tbody tr td:nth-child(4)").eachText())
                .containsExactly("Version published", "Policy drafted");

        AdminPage notAnId = viewer.get("/admin/audit?entity=policy-1");
        assertThat(notAnId.status()).isEqualTo(422);
        assertThat(notAnId.html().select(".error-summary").text()).contains("Record id must be an id");
    }

    @Test
    void verifyingTheChainSaysPlainlyWhetherTheLogIsIntact() throws Exception {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");
        int entries =
                viewer.get("/admin/audit").html().select("table.audit tbody tr").size();

        Document intact = viewer.get("/admin/audit/verification").html();
        assertThat(intact.select(".verification-valid h2").text()).isEqualTo("The audit log is intact");
        // The e-mail dispatcher may append entries meanwhile (sent, link issued): at least those listed were checked.
        Matcher checked = Pattern.compile("All (\\d+) entries were checked just now.*")
                .matcher(intact.select(".verification-valid p").text());
        assertThat(checked.matches())
                .as(intact.select(".verification-valid p").text())
                .isTrue();
        assertThat(Integer.parseInt(checked.group(1))).isGreaterThanOrEqualTo(entries);

        tamper("update audit_entry set actor = 'someone-else' where practice_id = '%s' and seq = 2");

        Document broken = viewer.get("/admin/audit/verification").html();
        assertThat(broken.select(".verification-broken h2").text()).isEqualTo("The audit log has been tampered with");
        assertThat(broken.select(".verification-broken p").first().text())
                .startsWith("Entry 2 does not match what was written");
    }

    @Test
    void anotherPracticesEntriesNeverShow() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirPolicy = northside.createPolicy("Their policy", "Theirs.");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        assertThat(admin.get("/admin/audit?entity=" + theirPolicy).html().select("table.audit tbody tr"))
                .isEmpty();
        assertThat(admin.get("/admin/audit").html().select("table.audit").text())
                .doesNotContain(theirPolicy);
    }

    /** What an attacker with database superuser rights could do: switch the triggers off and edit rows. */
    private void tamper(String sql) throws SQLException {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("set session_replication_role = replica");
            assertThat(statement.executeUpdate(sql.formatted(aurora.id()))).isEqualTo(1);
        }
    }
}
