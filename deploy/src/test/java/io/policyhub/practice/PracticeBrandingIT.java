package io.policyhub.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.support.ApiResponse;
import io.policyhub.support.BinaryResponse;
import io.policyhub.support.IntegrationTest;
import io.policyhub.support.TestPractice;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A practice brands its clients' portal with a colour (only one text stays readable on) and a logo (only a real
 * PNG or JPEG), and the portal shows both without loosening its Content-Security-Policy.
 */
class PracticeBrandingIT extends IntegrationTest {

    private TestPractice practice;
    private String token;

    @BeforeEach
    void aClientWithALink() {
        practice = newPractice("Branded Practice");
        String policy = practice.createPolicy("Social media policy", "# Social media\n\nWe do not follow clients.");
        practice.publish(policy, "First", "MAJOR");
        String client = practice.addClient("Ada Lovelace", "ada." + practice.alias() + "@example.com");
        token = practice.assign(policy, List.of(client)).get(0);
    }

    @Test
    void theBrandColourReachesThePortalThroughAStyleSheetOfItsOwnAndTheCspStaysStrict() {
        ApiResponse changed = practice.admin().patch(practice.path(""), Map.of("brandColour", "#1d4e89"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("brandColour")).isEqualTo("#1D4E89");
        assertThat(changed.text("brandTextColour")).isEqualTo("#FFFFFF");

        ApiResponse page = anonymous().get("/portal/" + token);
        Document html = Jsoup.parse(page.raw());
        String stylesheet = html.select("link[rel=stylesheet][href*=brand.css]").attr("href");
        assertThat(stylesheet).startsWith("/portal/" + token + "/brand.css?v=");
        assertThat(html.select("style, [style]")).as("no inline styles").isEmpty();
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("style-src 'self'", "img-src 'self'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));

        ApiResponse css = anonymous().get(stylesheet);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).hasValue("text/css;charset=UTF-8");
        assertThat(css.raw()).contains("--brand: #1D4E89", "--on-brand: #FFFFFF");
    }

    @Test
    void aLightColourGetsDarkTextAndClearingItRestoresThePortalsOwn() {
        ApiResponse light = practice.admin().patch(practice.path(""), Map.of("brandColour", "#FFD700"));
        assertThat(light.text("brandTextColour")).isEqualTo("#1B1B1B");
        assertThat(anonymous().get("/portal/" + token + "/brand.css").raw()).contains("--on-brand: #1B1B1B");

        var clear = new HashMap<String, Object>();
        clear.put("brandColour", null);
        ApiResponse cleared = practice.admin().patch(practice.path(""), clear);

        assertThat(cleared.json().get("brandColour").isNull()).isTrue();
        assertThat(Jsoup.parse(anonymous().get("/portal/" + token).raw()).select("link[href*=brand.css]"))
                .isEmpty();
    }

    @Test
    void aColourOnWhichNeitherTextIsReadableIsRefusedWithTheContrastExplained() {
        practice.admin().patch(practice.path(""), Map.of("brandColour", "#1D4E89"));

        ApiResponse red = practice.admin().patch(practice.path(""), Map.of("brandColour", "#FF0000"));
        ApiResponse grey = practice.admin().patch(practice.path(""), Map.of("brandColour", "#808080"));
        ApiResponse notAColour = practice.admin().patch(practice.path(""), Map.of("brandColour", "blue"));

        assertThat(red.status()).isEqualTo(422);
        assertThat(red.header("Content-Type")).hasValue("application/problem+json");
        assertThat(red.json().get("errors").get(0).get("field").asString()).isEqualTo("brandColour");
        assertThat(red.json().get("errors").get(0).get("message").asString())
                .contains("#FF0000", "white text on it has a contrast of 4.00:1", "4.5:1");
        assertThat(grey.status()).isEqualTo(422);
        assertThat(notAColour.status()).isEqualTo(422);
        assertThat(notAColour.json().get("errors").get(0).get("message").asString())
                .contains("#RRGGBB");
        assertThat(practice.viewer().get(practice.path("")).text("brandColour"))
                .as("the colour stored before stays")
                .isEqualTo("#1D4E89");
    }

    @Test
    void aLogoIsRecognisedFromItsBytesWhateverTypeTheUploadClaimed() throws Exception {
        byte[] png = png(120, 40);

        ApiResponse uploaded = practice.admin().sendBody("PUT", practice.path("/logo"), "image/jpeg", png);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("logo").get("contentType").asString()).isEqualTo("image/png");
        assertThat(uploaded.json().get("logo").get("size").asInt()).isEqualTo(png.length);
        BinaryResponse stored = practice.viewer().getBytes(practice.path("/logo"));
        assertThat(stored.header("Content-Type")).hasValue("image/png");
        assertThat(stored.body()).isEqualTo(png);

        Document page = Jsoup.parse(anonymous().get("/portal/" + token).raw());
        String logo = page.select("header img.logo").attr("src");
        assertThat(logo).startsWith("/portal/" + token + "/logo?v=");
        assertThat(page.select("header img.logo").attr("alt"))
                .as("decorative: the name is beside it")
                .isEmpty();
        BinaryResponse served = anonymous().getBytes(logo);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).hasValue("image/png");
        assertThat(served.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.body()).isEqualTo(png);
    }

    @Test
    void anythingButAWholePngOrJpegWithinTheLimitsIsRefused() throws Exception {
        byte[] png = png(64, 64);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] truncated = Arrays.copyOf(png, png.length - 20);
        byte[] huge = new byte[300 * 1024];
        System.arraycopy(png, 0, huge, 0, png.length);

        assertThat(upload("image/svg+xml", svg).status()).isEqualTo(422);
        assertThat(upload("image/png", svg).status()).isEqualTo(422);
        assertThat(upload("image/gif", gif).status()).isEqualTo(422);
        assertThat(upload("image/png", truncated).status()).isEqualTo(422);
        assertThat(upload("image/png", png(3000, 10))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .contains("2048");
        ApiResponse tooLarge = upload("image/png", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text("type")).endsWith("/logo-too-large");
        assertThat(upload("image/jpeg", jpeg(50, 50))
                        .json()
                        .get("logo")
                        .get("contentType")
                        .asString())
                .isEqualTo("image/jpeg");
        assertThat(practice.viewer()
                        .sendBody("PUT", practice.path("/logo"), "image/png", png)
                        .status())
                .as("viewers cannot brand the practice")
                .isEqualTo(403);
    }

    @Test
    void removingTheLogoTakesItOffThePortal() throws Exception {
        upload("image/png", png(32, 32));

        ApiResponse removed = practice.admin().delete(practice.path("/logo"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("logo").isNull()).isTrue();
        assertThat(practice.viewer().get(practice.path("/logo")).status()).isEqualTo(404);
        assertThat(Jsoup.parse(anonymous().get("/portal/" + token).raw()).select("img"))
                .isEmpty();
        assertThat(anonymous().get("/portal/" + token + "/logo").status()).isEqualTo(404);
    }

    private ApiResponse upload(String contentType, byte[] body) {
        return practice.admin().sendBody("PUT", practice.path("/logo"), contentType, body);
    }

    private static byte[] png(int width, int height) throws Exception {
        return image(width, height, "png");
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        return image(width, height, "jpeg");
    }

    private static byte[] image(int width, int height, String format) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1D4E89);
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
