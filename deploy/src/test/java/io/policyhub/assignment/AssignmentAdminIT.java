package io.policyhub.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.ApiResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestDatabase;
import io.policyhub.support.TestPractice;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assign page over real HTTP: picking clients, each client's status (not assigned, outstanding, overdue,
 * agreed), resending and revoking links, recording an agreement in person; roles and tenant isolation.
 */
class AssignmentAdminIT extends IntegrationTest {

    private TestPractice aurora;
    private String policy;
    private String ada;
    private String grace;
    private String alan;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
        policy = aurora.createPolicy("Social media policy", "We do not follow clients.");
        aurora.publish(policy, "First version", "MAJOR");
        ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        grace = aurora.addClient("Grace Hopper", "grace@example.com");
        alan = aurora.addClient("Alan Turing", "alan@example.com");
    }

    @Test
    void anAdminAssignsThePickedClientsAndSeesWhereEachStands() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        assertThat(admin.get("/admin/assignments").html().select(".choices a").eachText())
                .containsExactly("Social media policy");
        assertThat(statuses(admin.get(page()).html()))
                .containsExactly(
                        entry("Ada Lovelace", "Not assigned"),
                        entry("Alan Turing", "Not assigned"),
                        entry("Grace Hopper", "Not assigned"));

        AdminPage assigned = admin.post(page(), form("clientId", ada, "clientId", grace));

        assertThat(assigned.location()).endsWith(page());
        Document after = admin.follow(assigned).html();
        assertThat(after.select(".notice-success").text())
                .isEqualTo("2 clients assigned; they are e-mailed their link.");
        assertThat(statuses(after))
                .containsExactly(
                        entry("Ada Lovelace", "Outstanding asked " + today()),
                        entry("Alan Turing", "Not assigned"),
                        entry("Grace Hopper", "Outstanding asked " + today()));
        assertThat(aurora.admin()
                        .get(aurora.path("/policies/" + policy + "/compliance"))
                        .json()
                        .get("assigned")
                        .asInt())
                .isEqualTo(2);

        assertThat(statuses(admin.get(page() + "?progress=NOT_ASSIGNED").html()))
                .containsExactly(entry("Alan Turing", "Not assigned"));
        assertThat(statuses(admin.get(page() + "?q=grace").html()))
                .containsExactly(entry("Grace Hopper", "Outstanding asked " + today()));

        Document again = admin.follow(admin.post(page(), form("all", "true"))).html();
        assertThat(again.select(".notice-success").text())
                .isEqualTo(
                        "1 client assigned; they are e-mailed their link. 2 clients already had it: nothing changed.");
    }

    @Test
    void statusesShowWhoAgreedToWhichVersionAndWhoIsOverdue() throws Exception {
        List<String> tokens = aurora.assign(policy, List.of(ada, grace, alan));
        aurora.acknowledgeInPortal(tokens.get(0), "Ada Lovelace");
        daysSinceAsked(grace, 15);
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        Document html = viewer.get(page()).html();
        assertThat(statuses(html))
                .containsExactly(
                        entry("Ada Lovelace", "Agreed agreed to version 1"),
                        entry("Alan Turing", "Outstanding asked " + today()),
                        entry("Grace Hopper", "Overdue asked " + daysAgo(15)));
        assertThat(statuses(viewer.get(page() + "?progress=OVERDUE").html())).containsOnlyKeys("Grace Hopper");

        aurora.editDraft(policy, "Social media policy", "We never follow clients anywhere.");
        aurora.publish(policy, "Stricter", "MAJOR");
        assertThat(statuses(viewer.get(page()).html()))
                .containsEntry("Ada Lovelace", "Outstanding agreed to version 1 asked " + today());
    }

    @Test
    void anAdminResendsALinkAndRevokesAnother() {
        List<String> tokens = aurora.assign(policy, List.of(ada, grace));
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get(page());

        AdminPage resent = admin.follow(admin.post(page() + "/clients/" + ada + "/resend", Map.of()));
        assertThat(resent.html().select(".notice-success").text())
                .isEqualTo("A fresh link is on its way to Ada Lovelace.");
        ApiResponse emails = aurora.admin().get(aurora.path("/clients/" + ada + "/emails"));
        assertThat(emails.json().get("items").values().stream()
                        .map(email -> email.get("kind").asString())
                        .toList())
                .contains("RESENT");

        AdminPage revoked = admin.follow(admin.post(page() + "/clients/" + grace + "/revoke", Map.of()));
        assertThat(revoked.html().select(".notice-success").text()).contains("Grace Hopper's links no longer work");
        assertThat(statuses(revoked.html())).containsEntry("Grace Hopper", "Not assigned");
        assertThat(anonymous().get("/portal/api/" + tokens.get(1)).status()).isNotEqualTo(200);
        assertThat(anonymous().get("/portal/api/" + tokens.get(0)).status()).isEqualTo(200);
    }

    @Test
    void anAdminRecordsAnAgreementGivenInPerson() {
        aurora.assign(policy, List.of(ada));
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        String inPerson = page() + "/clients/" + ada + "/in-person";
        Document form = admin.get(inPerson).html();
        assertThat(form.select("#fullName").val()).isEqualTo("Ada Lovelace");
        assertThat(form.select("input[name=version]").val()).isEqualTo("1");

        AdminPage unconfirmed = admin.post(inPerson, Map.of("version", "1", "fullName", "Ada Lovelace"));
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.html().select(".error-summary").text()).contains("Tick the box");
        AdminPage nameless = admin.post(inPerson, Map.of("version", "1", "fullName", " ", "confirmed", "yes"));
        assertThat(nameless.html().select(".error-summary").text()).contains("The client's full name is missing.");

        AdminPage recorded = admin.follow(
                admin.post(inPerson, Map.of("version", "1", "fullName", "Ada K. Lovelace", "confirmed", "yes")));
        assertThat(recorded.html().select(".notice-success").text())
                .isEqualTo("Ada Lovelace's agreement to version 1 was recorded.");
        assertThat(statuses(recorded.html())).containsEntry("Ada Lovelace", "Agreed agreed to version 1");
        var acknowledgement = aurora.admin()
                .get(aurora.path("/clients/" + ada + "/acknowledgements"))
                .json()
                .get("items")
                .get(0);
        assertThat(acknowledgement.get("method").asString()).isEqualTo("IN_PERSON");
        assertThat(acknowledgement.get("fullName").asString()).isEqualTo("Ada K. Lovelace");
        assertThat(acknowledgement.get("recordedBy").asString()).isEqualTo(aurora.alias() + "-admin");
    }

    @Test
    void viewersAndEditorsSeeStatusesButCannotAssignResendRevokeOrRecord() {
        aurora.assign(policy, List.of(ada));
        for (String role : new String[] {"viewer", "editor"}) {
            AdminSession staff = AdminSession.signIn(baseUrl(), aurora.alias() + "-" + role);
            Document html = staff.get(page()).html();
            assertThat(statuses(html)).containsEntry("Ada Lovelace", "Outstanding asked " + today());
            assertThat(html.select("#assign-form, input[name=clientId], .row-actions"))
                    .isEmpty();

            assertThat(staff.post(page(), form("clientId", grace)).status()).isEqualTo(403);
            assertThat(staff.post(page(), form("all", "true")).status()).isEqualTo(403);
            assertThat(staff.post(page() + "/clients/" + ada + "/resend", Map.of())
                            .status())
                    .isEqualTo(403);
            assertThat(staff.post(page() + "/clients/" + ada + "/revoke", Map.of())
                            .status())
                    .isEqualTo(403);
            assertThat(staff.get(page() + "/clients/" + ada + "/in-person").status())
                    .isEqualTo(403);
            assertThat(staff.post(
                                    page() + "/clients/" + ada + "/in-person",
                                    Map.of("version", "1", "fullName", "Ada", "confirmed", "yes"))
                            .status())
                    .isEqualTo(403);
        }
        var compliance = aurora.admin().get(aurora.path("/policies/" + policy + "/compliance"));
        assertThat(compliance.json().get("assigned").asInt()).isEqualTo(1);
        assertThat(compliance.json().get("acknowledged").asInt()).isZero();
    }

    @Test
    void anotherPracticesPolicyOrClientLooksLikeNothingAtAll() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirPolicy = northside.createPolicy("Their policy", "Theirs.");
        northside.publish(theirPolicy, "First", "MAJOR");
        String theirClient = northside.addClient("Their Client", "theirs@example.com");
        northside.assign(theirPolicy, List.of(theirClient));
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get(page());

        assertThat(admin.get("/admin/assignments/" + theirPolicy).status()).isEqualTo(404);
        assertThat(admin.post("/admin/assignments/" + theirPolicy, form("clientId", ada))
                        .status())
                .isEqualTo(404);
        assertThat(admin.post(page(), form("clientId", ada, "clientId", theirClient))
                        .status())
                .isEqualTo(404);
        String theirs = "/admin/assignments/" + theirPolicy + "/clients/" + theirClient;
        assertThat(admin.post(theirs + "/resend", Map.of()).status()).isEqualTo(404);
        assertThat(admin.post(theirs + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(admin.get(theirs + "/in-person").status()).isEqualTo(404);
        assertThat(admin.post(
                                page() + "/clients/" + theirClient + "/in-person",
                                Map.of("version", "1", "fullName", "X", "confirmed", "yes"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/admin/assignments").html().text()).doesNotContain("Their policy");
        assertThat(statuses(admin.get(page()).html())).doesNotContainKey("Their Client");

        assertThat(aurora.admin()
                        .get(aurora.path("/policies/" + policy + "/compliance"))
                        .json()
                        .get("assigned")
                        .asInt())
                .isZero();
        var theirCompliance = northside.admin().get(northside.path("/policies/" + theirPolicy + "/compliance"));
        assertThat(theirCompliance.json().get("assigned").asInt()).isEqualTo(1);
        assertThat(theirCompliance.json().get("acknowledged").asInt()).isZero();
    }

    private String page() {
        return "/admin/assignments/" + policy;
    }

    /** Each client's name and status text, in the page's order. */
    private static Map<String, String> statuses(Document html) {
        var statuses = new LinkedHashMap<String, String>();
        for (Element row : html.select("table.assignments tbody tr")) {
            statuses.put(
                    row.select("td a").first().text(),
                    row.select("td:has(.progress)").text());
        }
        return statuses;
    }

    private static Map.Entry<String, String> entry(String name, String status) {
        return Map.entry(name, status);
    }

    /** Form fields in order; a name may repeat, as ticked checkboxes do. */
    private static List<Map.Entry<String, String>> form(String... namesAndValues) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return fields;
    }

    private static String today() {
        return daysAgo(0);
    }

    private static String daysAgo(int days) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC)
                .format(Instant.now().minus(Duration.ofDays(days)));
    }

    private void daysSinceAsked(String client, int days) throws Exception {
        try (Connection owner = TestDatabase.get().superuserConnection();
                Statement statement = owner.createStatement()) {
            statement.executeUpdate("update assignment set asked_at = now() - interval '" + days + " days'"
                    + " where client_id = '" + client + "'");
        }
    }
}
