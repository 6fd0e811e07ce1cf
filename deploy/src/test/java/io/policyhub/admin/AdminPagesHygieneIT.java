package io.policyhub.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every page of the clients, assign, evidence, audit and settings areas, as an admin sees it (with every form):
 * no inline script or style (the Content-Security-Policy would block them), a CSRF token in every form that
 * posts, and a label for every field.
 */
class AdminPagesHygieneIT extends IntegrationTest {

    @Test
    void everyPageHasNoInlineScriptOrStyleACsrfTokenInEveryPostedFormAndALabelForEveryField() {
        TestPractice aurora = newPractice("Aurora Mind and Body");
        String policy = aurora.createPolicy("Social media policy", "We do not follow clients.");
        aurora.publish(policy, "First", "MAJOR");
        String ada = aurora.addClient("Ada Lovelace", "ada@example.com");
        aurora.assign(policy, List.of(ada));
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");

        List<String> pages = List.of(
                "/admin/clients",
                "/admin/clients/new",
                "/admin/clients/" + ada,
                "/admin/clients/" + ada + "/edit",
                "/admin/clients/" + ada + "/erase",
                "/admin/clients/import",
                "/admin/assignments",
                "/admin/assignments/" + policy,
                "/admin/assignments/" + policy + "/clients/" + ada + "/in-person",
                "/admin/evidence",
                "/admin/evidence?q=ada",
                "/admin/evidence/policies/" + policy,
                "/admin/evidence/clients/" + ada,
                "/admin/audit",
                "/admin/audit/verification",
                "/admin/settings",
                "/admin/settings/team/" + aurora.alias() + "-editor/remove");
        for (String path : pages) {
            AdminPage page = admin.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'"));
            Document html = page.html();
            assertThat(html.select("script:not([src])"))
                    .as("inline script on " + path)
                    .isEmpty();
            assertThat(html.select("style, [style]"))
                    .as("inline style on " + path)
                    .isEmpty();
            assertThat(html.select("form[method=post]"))
                    .as("forms on " + path)
                    .allSatisfy(form -> assertThat(form.select("input[name=_csrf]"))
                            .as(form.attr("action"))
                            .hasSize(1));
            assertThat(html.select("input:not([type=hidden]), select, textarea"))
                    .as("fields on " + path)
                    .allSatisfy(field -> assertThat(field.hasAttr("aria-label")
                                    || (!field.id().isEmpty()
                                            && !html.select("label[for=" + field.id() + "]")
                                                    .isEmpty()))
                            .as(field.outerHtml())
                            .isTrue());
        }
    }
}
