package io.policyhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownHtmlTest {

    @Test
    void rendersCommonMark() {
        String html = MarkdownHtml.render(
                "# Boundaries\n\nWe **never** follow clients. See [our site](https://aurora.example).");

        assertThat(html)
                .contains("<h1>Boundaries</h1>")
                .contains("<strong>never</strong>")
                .contains("<a href=\"https://aurora.example\" rel=\"nofollow noopener noreferrer\">our site</a>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "![x](https://tracker.example/pixel.gif)"
            })
    void noAuthoredHtmlOrScriptEverReachesThePage(String payload) {
        Document page = Jsoup.parseBodyFragment(MarkdownHtml.render("Intro\n\n" + payload));

        assertThat(page.select("script, img, iframe, object, embed, style")).isEmpty();
        assertThat(page.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on"))
                        .noneMatch(
                                attribute -> attribute.getValue().toLowerCase().contains("javascript:")));
    }

    @Test
    void headingsMoveBelowThePageTitle() {
        assertThat(MarkdownHtml.renderBelowPageTitle("# Title\n\n## Section\n\n###### Deepest"))
                .contains("<h2>Title</h2>", "<h3>Section</h3>", "<h6>Deepest</h6>")
                .doesNotContain("<h1>");
    }
}
