package io.policyhub.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The evidence pages over real HTTP: acknowledgements per policy and per client, the CSV export, isolation. */
class EvidenceAdminIT extends IntegrationTest {

    private TestPractice aurora;
    private String policy;
    private String ada;
    private String grace;

    @BeforeEach
    void evidence() {
        aurora = newPractice("Aurora Mind and Body");
        policy = aurora.createPolicy("Social media policy", "We do not follow clients.");
        aurora.publish(policy, "First", "MAJOR");
        ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        grace = aurora.addClient("Grace Hopper", "grace@example.com");
        List<String> tokens = aurora.assign(policy, List.of(ada, grace));
        aurora.acknowledgeInPortal(tokens.get(0), "Ada Lovelace");
        aurora.editDraft(policy, "Social media policy", "We never follow clients.");
        aurora.publish(policy, "Clearer", "MINOR");
        aurora.admin()
                .post(
                        aurora.path("/acknowledgements"),
                        Map.of(
                                "clientId",
                                grace,
                                "policyId",
                                policy,
                                "fullName",
                                "=Grace Hopper",
                                "method",
                                "IN_PERSON"));
    }

    @Test
    void aPolicysAcknowledgementsShowWhoAgreedToWhichVersionHowAndWithWhichText() {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");
        assertThat(viewer.get("/admin/evidence").html().select(".policies a").eachText())
                .containsExactly("Social media policy");

        Document all = viewer.get("/admin/evidence/policies/" + policy).html();
        assertThat(all.select("table.evidence tbody tr")).hasSize(2);
        assertThat(all.select("table.evidence tbody tr").get(0).text())
                .contains("=Grace Hopper", "2", "In person, recorded by " + aurora.alias() + "-admin");
        assertThat(all.select("table.evidence tbody tr").get(1).text()).contains("Ada Lovelace", "1", "Personal link");
        String hashOfVersion1 = aurora.admin()
                .get(aurora.path("/policies/" + policy + "/versions/1"))
                .text("contentHash");
        assertThat(all.select("table.evidence tbody tr").get(1).select(".hash").text())
                .isEqualTo(hashOfVersion1);

        Document version2 =
                viewer.get("/admin/evidence/policies/" + policy + "?version=2").html();
        assertThat(version2.select("table.evidence tbody tr td:first-child").eachText())
                .containsExactly("=Grace Hopper");
    }

    @Test
    void theCsvExportIsTheApisExportFormulaSafe() {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        AdminPage csv = viewer.get("/admin/evidence/policies/" + policy + "/acknowledgements.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).contains("attachment", "acknowledgements-" + policy + ".csv"));
        assertThat(csv.body())
                .isEqualTo(aurora.admin()
                        .get(aurora.path("/policies/" + policy + "/acknowledgements.csv"))
                        .raw());
        assertThat(csv.body()).contains(",'=Grace Hopper,").doesNotContain(",=Grace Hopper,");
    }

    @Test
    void aClientsPageShowsTheirAcknowledgementsAndTheirEmails() {
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");
        assertThat(viewer.get("/admin/evidence?q=ada")
                        .html()
                        .select(".found-clients a")
                        .eachText())
                .containsExactly("Ada Lovelace");

        Document html = viewer.get("/admin/evidence/clients/" + ada).html();

        assertThat(html.select("table.evidence tbody tr").text())
                .contains("Social media policy", "1", "Ada Lovelace", "Personal link");
        assertThat(html.select("table.emails tbody tr").first().text()).contains("Social media policy", "Invitation");
    }

    @Test
    void anotherPracticesEvidenceLooksLikeNothingAtAll() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirPolicy = northside.createPolicy("Their policy", "Theirs.");
        northside.publish(theirPolicy, "First", "MAJOR");
        String theirClient = northside.addClient("Their Client", "theirs@example.com");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        assertThat(admin.get("/admin/evidence/policies/" + theirPolicy).status())
                .isEqualTo(404);
        assertThat(admin.get("/admin/evidence/policies/" + theirPolicy + "/acknowledgements.csv")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/admin/evidence/clients/" + theirClient).status()).isEqualTo(404);
        assertThat(admin.get("/admin/evidence/clients/not-an-id").status()).isEqualTo(404);
        assertThat(admin.get("/admin/evidence").html().text()).doesNotContain("Their policy");
        assertThat(admin.get("/admin/evidence?q=their").html().select(".found-clients a"))
                .isEmpty();
    }
}
