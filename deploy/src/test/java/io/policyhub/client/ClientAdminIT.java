package io.policyhub.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clients pages over real HTTP: the list, adding and changing with readable messages, erasure, roles. */
class ClientAdminIT extends IntegrationTest {

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
    }

    @Test
    void anAdminAddsAClientAndFindsThemInTheSearchableList() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/clients/new");

        AdminPage added = admin.post(
                "/admin/clients/new",
                Map.of("displayName", "Ada Lovelace", "email", "ada@example.com", "externalRef", "PMS-1"));
        assertThat(added.status()).isEqualTo(302);
        AdminPage client = admin.follow(added);
        assertThat(client.html().select("h1").text()).isEqualTo("Ada Lovelace");
        assertThat(client.html().select(".notice-success").text()).isEqualTo("Ada Lovelace was added.");
        aurora.addClient("Grace Hopper", "grace@example.com");

        Document found = admin.get("/admin/clients?q=pms-1").html();
        assertThat(found.select("table.clients tbody tr td:first-child").eachText())
                .containsExactly("Ada Lovelace");
        assertThat(admin.get("/admin/clients?q=nobody").html().select(".notice").text())
                .contains("No client matches");
        assertThat(admin.get("/admin/clients")
                        .html()
                        .select("table.clients tbody tr td:first-child")
                        .eachText())
                .containsExactly("Ada Lovelace", "Grace Hopper");
    }

    @Test
    void theListIsPagedAndItsLinksKeepTheSearch() {
        for (int i = 10; i < 37; i++) {
            aurora.addClient("Client " + i, "client" + i + "@example.com");
        }
        AdminSession viewer = AdminSession.signIn(baseUrl(), aurora.alias() + "-viewer");

        Document first = viewer.get("/admin/clients?q=client").html();
        assertThat(first.select("table.clients tbody tr")).hasSize(25);
        assertThat(first.select(".pager p").text()).isEqualTo("Showing 1 to 25 of 27");
        String next = first.select(".pager a[rel=next]").attr("href");
        assertThat(next).contains("q=client", "page=1");

        Document second = viewer.get(next).html();
        assertThat(second.select("table.clients tbody tr td:first-child").eachText())
                .containsExactly("Client 35", "Client 36");
        assertThat(second.select(".pager a[rel=next]")).isEmpty();
    }

    @Test
    void aFormWithMistakesExplainsEachOneAndKeepsWhatWasTyped() {
        aurora.admin()
                .post(
                        aurora.path("/clients"),
                        Map.of("displayName", "Existing", "email", "existing@example.com", "externalRef", "PMS-9"));
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/clients/new");

        AdminPage refused = admin.post(
                "/admin/clients/new", Map.of("displayName", "  ", "email", "ada at example", "externalRef", ""));
        assertThat(refused.status()).isEqualTo(422);
        Document html = refused.html();
        assertThat(html.select(".error-summary li").eachText())
                .containsExactly("Name is missing.", "E-mail address must be an e-mail address like name@example.com.");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#displayName", "#email");
        assertThat(html.select("#email").val()).isEqualTo("ada at example");
        assertThat(html.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#email").attr("aria-describedby")).contains("email-error");

        AdminPage taken = admin.post(
                "/admin/clients/new", Map.of("displayName", "Ada", "email", "ada@example.com", "externalRef", "PMS-9"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.html().select("#externalRef-error").text()).contains("already has the external reference");
        assertThat(aurora.admin()
                        .get(aurora.path("/clients?q=ada"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void anAdminChangesAClientsDetails() {
        String id = aurora.addClient("Ada Lovelace", "ada@example.com");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        assertThat(admin.get("/admin/clients/" + id + "/edit")
                        .html()
                        .select("#email")
                        .val())
                .isEqualTo("ada@example.com");

        AdminPage saved = admin.follow(admin.post(
                "/admin/clients/" + id + "/edit",
                Map.of("displayName", "Ada King", "email", "ada.king@example.com", "externalRef", "")));

        assertThat(saved.html().select(".summary").text()).contains("ada.king@example.com");
        assertThat(aurora.admin().get(aurora.path("/clients/" + id)).text("displayName"))
                .isEqualTo("Ada King");
    }

    @Test
    void erasingAClientNeedsTheConfirmationAndKeepsTheirAcknowledgements() {
        String id = aurora.addClient("Ada Lovelace", "ada@example.com");
        String policy = aurora.createPolicy("Social media", "We do not follow clients.");
        aurora.publish(policy, "First", "MAJOR");
        String token = aurora.assign(policy, java.util.List.of(id)).getFirst();
        aurora.acknowledgeInPortal(token, "Ada Lovelace");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        Document confirm = admin.get("/admin/clients/" + id + "/erase").html();
        assertThat(confirm.select("h1").text()).isEqualTo("Erase Ada Lovelace's personal data?");
        assertThat(confirm.text()).contains("cannot be undone", "acknowledgements stay");

        AdminPage unconfirmed = admin.post("/admin/clients/" + id + "/erase", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.html().select(".error-summary").text()).contains("Tick the box");
        assertThat(aurora.admin().get(aurora.path("/clients/" + id)).status()).isEqualTo(200);

        AdminPage erased = admin.post("/admin/clients/" + id + "/erase", Map.of("confirmed", "yes"));
        assertThat(erased.location()).endsWith("/admin/clients");
        assertThat(admin.follow(erased).html().select(".notice-success").text())
                .contains("Ada Lovelace's personal data was erased");
        assertThat(aurora.admin().get(aurora.path("/clients/" + id)).status()).isEqualTo(404);
        assertThat(aurora.admin()
                        .get(aurora.path("/policies/" + policy + "/acknowledgements"))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(admin.get("/admin/clients/" + id).status()).isEqualTo(404);
    }

    @Test
    void viewersAndEditorsSeeClientsButOnlyAdminsChangeThem() {
        String id = aurora.addClient("Ada Lovelace", "ada@example.com");
        for (String role : new String[] {"viewer", "editor"}) {
            AdminSession staff = AdminSession.signIn(baseUrl(), aurora.alias() + "-" + role);
            Document list = staff.get("/admin/clients").html();
            assertThat(list.select("table.clients").text()).contains("Ada Lovelace");
            assertThat(list.select("a[href=/admin/clients/new], a[href=/admin/clients/import]"))
                    .isEmpty();
            assertThat(staff.get("/admin/clients/" + id).html().select("a[href$=/erase]"))
                    .isEmpty();

            assertThat(staff.get("/admin/clients/new").status()).isEqualTo(403);
            assertThat(staff.post("/admin/clients/new", Map.of("displayName", "X", "email", "x@example.com"))
                            .status())
                    .isEqualTo(403);
            assertThat(staff.post(
                                    "/admin/clients/" + id + "/edit",
                                    Map.of("displayName", "Changed", "email", "x@example.com"))
                            .status())
                    .isEqualTo(403);
            assertThat(staff.post("/admin/clients/" + id + "/erase", Map.of("confirmed", "yes"))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(aurora.admin().get(aurora.path("/clients/" + id)).text("displayName"))
                .isEqualTo("Ada Lovelace");
        assertThat(aurora.admin()
                        .get(aurora.path("/clients?q=x%40example.com"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
    }

    @Test
    void anotherPracticesClientLooksLikeNoClientAtAll() {
        TestPractice northside = newPractice("Northside Counselling");
        String theirs = northside.addClient("Their Client", "theirs@example.com");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        assertThat(admin.get("/admin/clients/" + theirs).status()).isEqualTo(404);
        assertThat(admin.get("/admin/clients/" + theirs + "/edit").status()).isEqualTo(404);
        assertThat(admin.get("/admin/clients/" + theirs + "/erase").status()).isEqualTo(404);
        AdminPage edit = admin.post(
                "/admin/clients/" + theirs + "/edit", Map.of("displayName", "Stolen", "email", "x@example.com"));
        assertThat(edit.status()).isEqualTo(404);
        assertThat(edit.html().select("h1").text()).isEqualTo("Page not found");
        assertThat(admin.post("/admin/clients/" + theirs + "/erase", Map.of("confirmed", "yes"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/admin/clients?q=their").html().select("table.clients"))
                .isEmpty();

        assertThat(northside.admin().get(northside.path("/clients/" + theirs)).text("displayName"))
                .isEqualTo("Their Client");
    }

    @Test
    void anErasureWithoutTheCsrfTokenIsRefused() {
        String id = aurora.addClient("Ada Lovelace", "ada@example.com");
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        AdminPage forged = admin.postWithoutCsrfToken("/admin/clients/" + id + "/erase", Map.of("confirmed", "yes"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(aurora.admin().get(aurora.path("/clients/" + id)).status()).isEqualTo(200);
    }
}
