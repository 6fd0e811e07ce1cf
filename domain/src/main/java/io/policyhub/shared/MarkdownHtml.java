package io.policyhub.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders authored Markdown to HTML that is safe to put on any page. Authored content is untrusted: raw HTML
 * in it is escaped (never passed through), link URLs are sanitised, and the result is cleaned once more
 * against an allow-list as defence in depth. The API's documents, the portal and the admin pages all render
 * through it, so it lives with the domain that every adapter shares (plain libraries, no framework).
 */
public final class MarkdownHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "https", "http", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private MarkdownHtml() {}

    public static String render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", ALLOWED, OUTPUT);
    }

    /**
     * Like {@link #render} but every heading one level lower (h1 becomes h2...), for pages whose own title is
     * the single h1, as accessible pages need.
     */
    public static String renderBelowPageTitle(String markdown) {
        Document document = Jsoup.parseBodyFragment(render(markdown));
        document.outputSettings(OUTPUT);
        for (int level = 5; level >= 1; level--) {
            document.select("h" + level).tagName("h" + (level + 1));
        }
        return document.body().html();
    }
}
