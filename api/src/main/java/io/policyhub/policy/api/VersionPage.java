package io.policyhub.policy.api;

import io.policyhub.policy.PolicyDocument;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.shared.MarkdownHtml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * A published version as a standalone HTML document: the practice, the policy and, in a footer, the version,
 * its publication date and content hash, so any copy says exactly which text it is. Authored content passes
 * only through {@link MarkdownHtml}; everything else is inserted as text, never as markup.
 */
final class VersionPage {

    static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 30mm 18mm; @bottom-center { content: element(footer); } }
            body { font-family: serif; font-size: 11pt; line-height: 1.5; color: #1b1b1b; max-width: 44em; margin: 2em auto; padding: 0 1em; }
            header.document-header { border-bottom: 1px solid #999; margin-bottom: 1.5em; }
            header.document-header .practice { font-family: sans-serif; font-size: 14pt; font-weight: bold; margin: 0; }
            header.document-header .edition { font-family: sans-serif; font-size: 9pt; color: #555; margin: 0.2em 0 0.8em; }
            h1, h2, h3 { font-family: sans-serif; line-height: 1.25; }
            footer.document-footer { position: running(footer); font-family: sans-serif; font-size: 7.5pt; color: #555; border-top: 1px solid #999; margin-top: 2em; padding-top: 0.4em; }
            footer.document-footer p { margin: 0.1em 0; }
            footer.document-footer .page-number::after { content: "Page " counter(page) " of " counter(pages); }
            """;

    /** Nothing but the page's own style may load or run: no script, image, frame, font, form or base. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final String SEPARATOR = " · ";

    private VersionPage() {}

    /** The page as browsers read it, with the footer at its end. */
    static String html(PolicyDocument document) {
        Document page = page(document);
        page.body().appendChild(footer(document, false));
        return page.outerHtml();
    }

    /**
     * The page as the PDF renderer reads it: the footer comes first, so that it runs at the foot of every page
     * from the first on, and carries page numbers.
     */
    static Document printable(PolicyDocument document) {
        Document page = page(document);
        page.body().prependChild(footer(document, true));
        return page;
    }

    private static Document page(PolicyDocument document) {
        PolicyVersion version = document.version();
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", ""));
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        page.child(0).attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ""));
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "author").attr("content", document.practiceName());
        head.appendElement("title").text(version.title() + SEPARATOR + document.practiceName());
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element header = page.body().appendElement("header").addClass("document-header");
        header.appendElement("p").addClass("practice").text(document.practiceName());
        header.appendElement("p").addClass("edition").text(edition(version));
        Element article = page.body().appendElement("main").appendElement("article");
        article.append(MarkdownHtml.render(version.content()));
        if (article.selectFirst("h1") == null) {
            article.prependElement("h1").text(version.title());
        }
        return page;
    }

    private static Element footer(PolicyDocument document, boolean pageNumbers) {
        PolicyVersion version = document.version();
        Element footer = new Element("footer").addClass("document-footer");
        footer.appendElement("p")
                .text(document.practiceName() + SEPARATOR + version.title() + SEPARATOR + edition(version));
        Element hash = footer.appendElement("p");
        hash.appendText("SHA-256 ")
                .appendElement("span")
                .addClass("content-hash")
                .text(version.contentHash().hex());
        if (pageNumbers) {
            hash.appendText(SEPARATOR).appendElement("span").addClass("page-number");
        }
        return footer;
    }

    private static String edition(PolicyVersion version) {
        return "Version " + version.number() + SEPARATOR + "Published " + DATE.format(version.publishedAt());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
