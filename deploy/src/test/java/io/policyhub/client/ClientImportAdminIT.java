package io.policyhub.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.local.DevelopmentIdentity;
import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestIssuer;
import io.policyhub.support.TestPractice;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Importing clients from CSV over real HTTP: nothing is stored until the admin decides, a bad row stops the whole
 * file unless the admin chooses to import the valid rows, and unreadable files are explained.
 */
class ClientImportAdminIT extends IntegrationTest {

    private static final String BAD_FILE = "displayName,email,externalRef\r\n"
            + "Ada Lovelace,ada@example.com,PMS-1\r\n"
            + "\"=HYPERLINK(\"\"http://evil.example\"\")\",not-an-address,PMS-2\r\n"
            + "Grace Hopper,grace@example.com,PMS-3\r\n";

    private TestPractice aurora;
    private AdminSession admin;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
        admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/clients/import");
    }

    @Test
    void aCleanFileIsCheckedFirstAndImportedWhenTheAdminConfirms() {
        AdminPage report = uploadAndFollow(
                "displayName,email,externalRef\nAda Lovelace,ada@example.com,PMS-1\n\"Hopper, Grace\",grace@example.com,\n");

        assertThat(report.html().select(".lead").text()).contains("Nothing has been imported yet");
        assertThat(report.html().select("#import-summary").text())
                .isEqualTo("2 clients in the file: 2 ready to import.");
        assertThat(liveClients()).isZero();

        AdminPage imported = admin.post(confirmPath(report), Map.of("choice", "ALL_ROWS"));
        assertThat(imported.location()).endsWith("/admin/clients");
        Document list = admin.follow(imported).html();
        assertThat(list.select(".notice-success").text()).isEqualTo("2 clients were imported.");
        assertThat(list.select("table.clients tbody td:first-child").eachText())
                .containsExactly("Ada Lovelace", "Hopper, Grace");
        assertThat(admin.get(report.url().substring(baseUrl().length())).status())
                .as("the upload is gone once imported")
                .isEqualTo(404);
        assertThat(admin.post(confirmPath(report), Map.of("choice", "ALL_ROWS")).status())
                .as("a second click imports nothing more")
                .isEqualTo(404);
        assertThat(liveClients()).isEqualTo(2);
    }

    @Test
    void aBadRowStopsTheWholeFileUnlessTheAdminChoosesToImportTheValidRows() {
        AdminPage report = uploadAndFollow(BAD_FILE);

        Document html = report.html();
        assertThat(html.select("#import-summary").text())
                .isEqualTo("3 clients in the file: 2 ready to import, 1 row with problems.");
        assertThat(html.select("table.import-problems tbody tr th").eachText()).containsExactly("3");
        assertThat(html.select("table.import-problems tbody td").eachText())
                .contains(
                        "=HYPERLINK(\"http://evil.example\")",
                        "E-mail address must be an e-mail address like name@example.com.");
        assertThat(html.select("#import-valid-rows").text()).isEqualTo("Import the 2 rows without problems");
        assertThat(html.select("input[name=choice][value=ALL_ROWS]")).isEmpty();

        AdminPage allOrNothing = admin.post(confirmPath(report), Map.of("choice", "ALL_ROWS"));
        assertThat(allOrNothing.status()).isEqualTo(409);
        assertThat(allOrNothing.html().select(".error-summary").text()).contains("Nothing was imported");
        assertThat(liveClients()).isZero();

        AdminPage validRows = admin.follow(admin.post(confirmPath(report), Map.of("choice", "VALID_ROWS")));
        assertThat(validRows.html().select(".notice-success").text())
                .isEqualTo("2 clients were imported; 1 row with problems was left out.");
        assertThat(validRows.html().select("table.clients tbody td:first-child").eachText())
                .containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(liveClients()).isEqualTo(2);
    }

    @Test
    void theRowsWithProblemsDownloadAsFormulaSafeCsv() {
        AdminPage report = uploadAndFollow(BAD_FILE);

        AdminPage csv = admin.get(report.url().substring(baseUrl().length()) + "/problems.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment"));
        assertThat(csv.body())
                .isEqualTo("line,problems,displayName,email,externalRef\r\n"
                        + "3,E-mail address must be an e-mail address like name@example.com.,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",not-an-address,PMS-2\r\n");
    }

    @Test
    void theImportChecksTheFileAgainSoARowThatBecameInvalidMeanwhileIsNotImported() {
        AdminPage report = uploadAndFollow(
                "displayName,email,externalRef\nAda,ada@example.com,PMS-1\n" + "Grace,grace@example.com,PMS-2\n");
        aurora.admin()
                .post(
                        aurora.path("/clients"),
                        Map.of("displayName", "Someone", "email", "someone@example.com", "externalRef", "PMS-2"));

        AdminPage refused = admin.post(confirmPath(report), Map.of("choice", "ALL_ROWS"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().select("table.import-problems").text())
                .contains("External reference is already used by another client of this practice.");
        assertThat(liveClients()).isEqualTo(1);
    }

    @Test
    void filesThatCannotBeReadAreExplainedAndImportNothing() {
        assertThat(fileProblem("displayName,email\nJos\u00e9,jose@example.com\n".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("not UTF-8");
        assertThat(fileProblem("name,mail\nAda,ada@example.com\n".getBytes(UTF_8)))
                .contains("The column \"name\" is not one we know");
        assertThat(fileProblem("displayName;email\nAda;ada@example.com\n".getBytes(UTF_8)))
                .contains("semicolons");
        assertThat(fileProblem(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).contains("workbook");
        assertThat(fileProblem("displayName,email\n\"Ada,ada@example.com\n".getBytes(UTF_8)))
                .contains("Line 2 cannot be read");
        byte[] overLimit = ("displayName,email\n" + "A,a@example.com\n".repeat(34_000)).getBytes(UTF_8);
        assertThat(fileProblem(overLimit)).contains("at most 512 KB");

        AdminPage empty = admin.upload("/admin/clients/import", "file", "empty.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select(".error-summary").text()).contains("Choose a CSV file");
        assertThat(liveClients()).isZero();
    }

    @Test
    void aFileFarTooLargeIsTurnedAwayWithTheSameExplanation() {
        byte[] huge = ("displayName,email\n" + "A,a@example.com\n".repeat(60_000)).getBytes(UTF_8);

        AdminPage refused = admin.upload("/admin/clients/import", "file", "huge.csv", huge);

        assertThat(refused.status()).isEqualTo(303);
        Document page = admin.follow(refused).html();
        assertThat(page.select(".error-summary").text()).contains("larger than 512 KB");
        assertThat(liveClients()).isZero();
    }

    @Test
    void onlyAdminsImportClients() {
        AdminSession editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");
        editor.get("/admin/clients");

        assertThat(editor.get("/admin/clients/import").status()).isEqualTo(403);
        AdminPage refused = editor.upload(
                "/admin/clients/import", "file", "c.csv", "displayName,email\nAda,ada@example.com\n".getBytes(UTF_8));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(liveClients()).isZero();
    }

    @Test
    void aFileUploadedInOnePracticeCannotBeImportedIntoAnother() {
        TestPractice northside = newPractice("Northside Counselling");
        String locum = "locum-" + UUID.randomUUID();
        TestIssuer.get()
                .register(new DevelopmentIdentity(
                        locum, "s", locum, List.of("practice-admin"), List.of(aurora.alias(), northside.alias())));
        AdminSession session = AdminSession.signIn(baseUrl(), locum);
        session.get("/admin/practice");
        session.post("/admin/practice", Map.of("practiceId", aurora.id()));
        session.get("/admin/clients/import");
        AdminPage report = session.follow(session.upload(
                "/admin/clients/import", "file", "c.csv", "displayName,email\nAda,ada@example.com\n".getBytes(UTF_8)));
        assertThat(report.status()).isEqualTo(200);

        session.post("/admin/practice", Map.of("practiceId", northside.id()));
        assertThat(session.get(report.url().substring(baseUrl().length())).status())
                .isEqualTo(404);
        assertThat(session.post(confirmPath(report), Map.of("choice", "ALL_ROWS"))
                        .status())
                .isEqualTo(404);

        assertThat(northside
                        .admin()
                        .get(northside.path("/clients"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(liveClients()).isZero();
    }

    private AdminPage uploadAndFollow(String csv) {
        AdminPage uploaded = admin.upload("/admin/clients/import", "file", "clients.csv", csv.getBytes(UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        AdminPage report = admin.follow(uploaded);
        assertThat(report.status()).isEqualTo(200);
        return report;
    }

    private String fileProblem(byte[] content) {
        AdminPage uploaded = admin.upload("/admin/clients/import", "file", "clients.csv", content);
        AdminPage report = admin.follow(uploaded);
        assertThat(report.html().select("input[name=choice]")).isEmpty();
        return report.html().select("#file-problem").text();
    }

    private String confirmPath(AdminPage report) {
        return report.url().substring(baseUrl().length());
    }

    private int liveClients() {
        return aurora.admin().get(aurora.path("/clients")).json().get("total").asInt();
    }
}
