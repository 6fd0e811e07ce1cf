package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.AdminPage;
import io.policyhub.support.AdminSession;
import io.policyhub.support.BinaryResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The logo on the settings page over real HTTP: admins upload, replace and remove it; anything but a PNG or JPEG
 * within the limits is explained in the page and leaves the current logo as it was; nobody else may change it.
 */
class LogoAdminIT extends IntegrationTest {

    private static final String LOGO = "/admin/settings/logo";

    private TestPractice aurora;

    @BeforeEach
    void practice() {
        aurora = newPractice("Aurora Mind and Body");
    }

    @Test
    void anAdminUploadsALogoSeesItReplacesItAndRemovesIt() throws IOException {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        assertThat(admin.get("/admin/settings").html().select("#no-logo").text())
                .startsWith("No logo yet");
        byte[] png = image(120, 40, "png");

        AdminPage uploaded = admin.upload(LOGO, "logo", "aurora.png", "image/png", png);

        assertThat(uploaded.location()).endsWith("/admin/settings");
        Document page = admin.follow(uploaded).html();
        assertThat(page.select(".notice-success").text()).startsWith("The new logo was saved");
        String src = page.select("img.logo-preview").attr("src");
        assertThat(src).startsWith(LOGO + "?v=");
        assertThat(page.select("img.logo-preview").attr("alt")).isEqualTo("The practice's current logo");
        BinaryResponse shown = admin.download(src);
        assertThat(shown.header("Content-Type")).hasValue("image/png");
        assertThat(shown.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(shown.body()).isEqualTo(png);
        assertThat(aurora.viewer().getBytes(aurora.path("/logo")).body())
                .as("the logo clients' pages show")
                .isEqualTo(png);

        byte[] jpeg = image(60, 60, "jpeg");
        admin.upload(LOGO, "logo", "aurora.jpg", "image/jpeg", jpeg);
        String replaced =
                admin.get("/admin/settings").html().select("img.logo-preview").attr("src");
        assertThat(replaced).as("a new address for a new image").isNotEqualTo(src);
        assertThat(admin.download(replaced).header("Content-Type")).hasValue("image/jpeg");

        AdminPage removed = admin.post(LOGO + "/remove", Map.of());

        assertThat(removed.location()).endsWith("/admin/settings");
        Document after = admin.follow(removed).html();
        assertThat(after.select(".notice-success").text()).startsWith("The logo was removed");
        assertThat(after.select("img.logo-preview")).isEmpty();
        assertThat(after.select("#remove-logo")).isEmpty();
        assertThat(aurora.viewer().get(aurora.path("/logo")).status()).isEqualTo(404);
        assertThat(admin.download(LOGO).status()).isEqualTo(404);
    }

    @Test
    void aRefusedUploadIsExplainedInThePageAndTheCurrentLogoStays() throws IOException {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        byte[] current = image(64, 64, "png");
        admin.upload(LOGO, "logo", "current.png", "image/png", current);
        admin.get("/admin/settings");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] overLimit = new byte[270 * 1024];
        System.arraycopy(current, 0, overLimit, 0, current.length);

        AdminPage notAnImage = admin.upload(LOGO, "logo", "logo.png", "image/png", svg);
        AdminPage tooWide = admin.upload(LOGO, "logo", "banner.png", "image/png", image(3000, 10, "png"));
        AdminPage tooLarge = admin.upload(LOGO, "logo", "photo.png", "image/png", overLimit);
        AdminPage nothing = admin.upload(LOGO, "logo", "", "application/octet-stream", new byte[0]);

        assertThat(notAnImage.status()).isEqualTo(422);
        assertThat(logoError(notAnImage))
                .isEqualTo("The logo must be a PNG or JPEG image (its content is checked, not its declared type).");
        assertThat(notAnImage.html().select("#logo").attr("aria-invalid")).isEqualTo("true");
        assertThat(tooWide.status()).isEqualTo(422);
        assertThat(logoError(tooWide))
                .isEqualTo("The logo must be between 1 and 2048 pixels wide and high, not 3000×10.");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(logoError(tooLarge)).startsWith("The logo is larger than 256 KB");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(logoError(nothing)).isEqualTo("Choose a PNG or JPEG image to upload.");
        for (AdminPage refused : new AdminPage[] {notAnImage, tooWide, tooLarge, nothing}) {
            assertThat(refused.html().select("img.logo-preview"))
                    .as("the current logo is still shown")
                    .hasSize(1);
        }
        assertThat(admin.download(LOGO).body()).isEqualTo(current);
    }

    @Test
    void aFileFarTooLargeToReadIsTurnedAwayWithTheSameExplanation() throws IOException {
        AdminSession admin = AdminSession.signIn(baseUrl(), aurora.alias() + "-admin");
        byte[] current = image(64, 64, "png");
        admin.upload(LOGO, "logo", "current.png", "image/png", current);
        admin.get("/admin/settings");

        AdminPage refused = admin.upload(LOGO, "logo", "poster.png", "image/png", new byte[1024 * 1024]);

        assertThat(refused.status()).isEqualTo(303);
        AdminPage explained = admin.follow(refused);
        assertThat(explained.status()).isEqualTo(200);
        assertThat(logoError(explained)).startsWith("The logo is larger than 256 KB");
        assertThat(admin.download(LOGO).body()).isEqualTo(current);
    }

    @Test
    void editorsAndViewersCanNeitherUploadNorRemoveTheLogo() throws IOException {
        byte[] current = image(64, 64, "png");
        aurora.admin().sendBody("PUT", aurora.path("/logo"), "image/png", current);

        for (String role : new String[] {"viewer", "editor"}) {
            AdminSession staff = AdminSession.signIn(baseUrl(), aurora.alias() + "-" + role);
            staff.get("/admin");
            assertThat(staff.upload(LOGO, "logo", "mine.png", "image/png", image(10, 10, "png"))
                            .status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(staff.post(LOGO + "/remove", Map.of()).status()).as(role).isEqualTo(403);
        }
        assertThat(aurora.viewer().getBytes(aurora.path("/logo")).body()).isEqualTo(current);
    }

    @Test
    void anAdminChangesOnlyTheirOwnPracticesLogo() throws IOException {
        byte[] auroras = image(64, 64, "png");
        aurora.admin().sendBody("PUT", aurora.path("/logo"), "image/png", auroras);
        TestPractice northside = newPractice("Northside Counselling");
        AdminSession theirAdmin = AdminSession.signIn(baseUrl(), northside.alias() + "-admin");
        theirAdmin.get("/admin/settings");

        assertThat(theirAdmin.download(LOGO).status())
                .as("they have no logo of their own")
                .isEqualTo(404);
        theirAdmin.post(LOGO + "/remove", Map.of());
        theirAdmin.upload(LOGO, "logo", "northside.jpg", "image/jpeg", image(30, 30, "jpeg"));

        assertThat(aurora.viewer().getBytes(aurora.path("/logo")).body()).isEqualTo(auroras);
        assertThat(northside.viewer().getBytes(northside.path("/logo")).header("Content-Type"))
                .hasValue("image/jpeg");
    }

    private static String logoError(AdminPage page) {
        return page.html().select(".error-summary a[href=#logo]").text();
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1D4E89);
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
