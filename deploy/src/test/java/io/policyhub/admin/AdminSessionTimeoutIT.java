package io.policyhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.time.Duration;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** Idle staff are signed out: the admin session ends after the configured idle time, and nothing is lost by it. */
class AdminSessionTimeoutIT extends IntegrationTest {

    private static final int CONFIGURED_IDLE_SECONDS = 30 * 60; // POLICYHUB_ADMIN_SESSION_TIMEOUT's default

    @Autowired
    private ServletWebServerApplicationContext application;

    @Test
    void aSessionLeftIdlePastItsLimitEndsAndTheEditorsNextAutosaveLosesNothingStored() {
        TestPractice aurora = newPractice("Aurora Mind and Body");
        String policy = aurora.createPolicy("Fees", "# Fees\n\nSessions cost £60.\n");
        AdminSession editor = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor");
        assertThat(editor.get("/admin/policies/" + policy).status()).isEqualTo(200);

        Session session = serverSession(editor.sessionId());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(CONFIGURED_IDLE_SECONDS);
        // Rather than sit idle for half an hour, the test shortens this one session's limit to a second; the
        // server then expires it exactly as it would have after thirty minutes.
        session.setMaxInactiveInterval(1);
        await().pollDelay(Duration.ofMillis(1100))
                .atMost(Duration.ofSeconds(10))
                .until(() -> !session.isValid());

        AdminPage autosave = editor.htmx(
                "/admin/policies/" + policy + "/draft",
                Map.of("revision", "1", "title", "Fees", "content", "# Fees\n\nSessions cost £70.\n"));
        assertThat(autosave.status()).isEqualTo(401);
        assertThat(autosave.body()).contains("Your session has ended", "not saved");
        assertThat(aurora.viewer().get(aurora.path("/policies/" + policy)).text("content"))
                .isEqualTo("# Fees\n\nSessions cost £60.\n");

        AdminPage page = editor.get("/admin/policies/" + policy);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/admin/oauth2/authorization/policyhub");
    }

    private Session serverSession(String id) {
        var tomcat = ((TomcatWebServer) application.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        try {
            Session session = context.getManager().findSession(id);
            assertThat(session).as("the server's session " + id).isNotNull();
            return session;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
