package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import io.policyhub.template.LibraryTemplates;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings page over real HTTP: admins change the practice profile; nobody else sees or changes it. */
class SettingsAdminIT extends IntegrationTest {

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
    }

    @Test
    void anAdminChangesThePracticesNameAndContactAddress() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        Document form = admin.get("/admin/settings").html();
        assertThat(form.select("#name").val()).isEqualTo("Aurora Mind and Body");
        assertThat(form.select("#contactEmail").val()).isEqualTo("office@" + aurora.alias() + ".example");

        AdminPage saved = admin.post(
                "/admin/settings", Map.of("name", "Aurora Mind & Body", "contactEmail", "hello@aurora.example"));

        assertThat(saved.location()).endsWith("/admin/settings");
        Document after = admin.follow(saved).html();
        assertThat(after.select(".notice-success").text()).isEqualTo("The practice's settings were saved.");
        assertThat(after.select(".practice-name").text()).contains("Aurora Mind & Body");
        assertThat(aurora.admin().get(aurora.path("")).text("contactEmail")).isEqualTo("hello@aurora.example");
    }

    @Test
    void mistakesAreExplainedAndNothingIsSaved() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        admin.get("/admin/settings");

        AdminPage refused = admin.post("/admin/settings", Map.of("name", "", "contactEmail", "office"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".error-summary li").eachText()).containsExactly("Practice name is missing.");
        assertThat(refused.html().select("#contactEmail").val()).isEqualTo("office");
        AdminPage badAddress =
                admin.post("/admin/settings", Map.of("name", "Aurora", "contactEmail", "office at aurora"));
        assertThat(badAddress.html().select(".error-summary li").eachText())
                .containsExactly("Contact e-mail address must be an e-mail address like name@example.com.");
        assertThat(aurora.admin().get(aurora.path("")).text("name")).isEqualTo("Aurora Mind and Body");
    }

    @Test
    void anAdminSetsTheBrandColourAndTheReminderScheduleAndMistakesAreExplained() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        Document form = admin.get("/admin/settings").html();
        assertThat(form.select("#reminderDays").val()).isEqualTo("3, 7, 14");
        assertThat(form.select("#brandColour").val()).isEmpty();

        AdminPage unreadable = admin.post(
                "/admin/settings",
                Map.of("name", "Aurora", "contactEmail", "", "brandColour", "#ff0000", "reminderDays", "2, 5"));
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.html().select("#brandColour-error").text()).startsWith("Brand colour");
        AdminPage badDays = admin.post(
                "/admin/settings",
                Map.of("name", "Aurora", "contactEmail", "", "brandColour", "", "reminderDays", "7, 3"));
        assertThat(badDays.html().select("#reminderDays-error").text())
                .isEqualTo("Reminder days must be later than the reminder before it.");
        AdminPage notNumbers = admin.post(
                "/admin/settings",
                Map.of("name", "Aurora", "contactEmail", "", "brandColour", "", "reminderDays", "soon"));
        assertThat(notNumbers.html().select("#reminderDays-error").text()).startsWith("Reminder days must be whole");
        assertThat(aurora.admin()
                        .get(aurora.path(""))
                        .json()
                        .get("reminderDays")
                        .toString())
                .isEqualTo("[3,7,14]");

        AdminPage saved = admin.post(
                "/admin/settings",
                Map.of(
                        "name", "Aurora Mind and Body",
                        "contactEmail", "",
                        "brandColour", "#1d4e89",
                        "reminderDays", "2, 5, 10"));

        assertThat(saved.location()).endsWith("/admin/settings");
        var practice = aurora.admin().get(aurora.path("")).json();
        assertThat(practice.get("brandColour").asString()).isEqualTo("#1D4E89");
        assertThat(practice.get("reminderDays").toString()).isEqualTo("[2,5,10]");
        assertThat(admin.get("/admin/settings").html().select("#reminderDays").val())
                .isEqualTo("2, 5, 10");
    }

    @Test
    void anAdminSetsTheProfessionalBodyAndTheSenderNameWhichNewPoliciesAndTheApiUse() {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        Document form = admin.get("/admin/settings").html();
        assertThat(form.select("#professionalBody").val()).isEmpty();
        assertThat(form.select("#emailSenderName").val()).isEmpty();

        AdminPage forged = admin.post(
                "/admin/settings",
                Map.of(
                        "name", "Aurora Mind and Body",
                        "contactEmail", "",
                        "professionalBody", "National Society of Talking Therapies",
                        "emailSenderName", "Aurora <billing@aurora.example>"));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.html().select("#emailSenderName-error").text())
                .isEqualTo("Sender name must be a name, not an address: no @, < or >, and on one line.");
        assertThat(forged.html().select("#professionalBody").val()).isEqualTo("National Society of Talking Therapies");
        assertThat(aurora.admin()
                        .get(aurora.path(""))
                        .json()
                        .get("professionalBody")
                        .isNull())
                .as("nothing of a refused form is saved")
                .isTrue();

        AdminPage saved = admin.post(
                "/admin/settings",
                Map.of(
                        "name", "Aurora Mind and Body",
                        "contactEmail", "",
                        "professionalBody", " National Society of Talking Therapies ",
                        "emailSenderName", "Dr Jo Park at Aurora"));

        assertThat(saved.location()).endsWith("/admin/settings");
        var practice = aurora.admin().get(aurora.path("")).json();
        assertThat(practice.get("professionalBody").asString()).isEqualTo("National Society of Talking Therapies");
        assertThat(practice.get("emailSenderName").asString()).isEqualTo("Dr Jo Park at Aurora");
        Document after = admin.get("/admin/settings").html();
        assertThat(after.select("#professionalBody").val()).isEqualTo("National Society of Talking Therapies");
        assertThat(after.select("#emailSenderName").val()).isEqualTo("Dr Jo Park at Aurora");
        Document questions = AdminSession.signIn(baseUrl(), aurora.alias() + "-editor")
                .get("/admin/policies/new/" + LibraryTemplates.SOCIAL_MEDIA)
                .html();
        assertThat(questions.select("#var-professionalBody").val())
                .as("a new policy from a template starts with the practice's professional body")
                .isEqualTo("National Society of Talking Therapies");

        admin.post(
                "/admin/settings",
                Map.of(
                        "name",
                        "Aurora Mind and Body",
                        "contactEmail",
                        "",
                        "professionalBody",
                        "",
                        "emailSenderName",
                        ""));
        var cleared = aurora.admin().get(aurora.path("")).json();
        assertThat(cleared.get("professionalBody").isNull()).isTrue();
        assertThat(cleared.get("emailSenderName").isNull()).isTrue();
    }

    @Test
    void viewersAndEditorsNeitherSeeNorChangeTheSettings() {
        for (String role : new String[] {"viewer", "editor"}) {
            AdminSession staff = AdminSession.signIn(baseUrl(), aurora.alias() + "-" + role);
            assertThat(staff.get("/admin").html().select("nav a[href=/admin/settings]"))
                    .isEmpty();
            assertThat(staff.get("/admin/settings").status()).isEqualTo(403);
            assertThat(staff.post("/admin/settings", Map.of("name", "Taken over", "contactEmail", ""))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(AdminSession.signIn(baseUrl(), aurora.alias() + "-admin")
                        .get("/admin")
                        .html()
                        .select("nav a[href=/admin/settings]"))
                .hasSize(1);
        assertThat(aurora.admin().get(aurora.path("")).text("name")).isEqualTo("Aurora Mind and Body");
    }
}
