package io.policyhub.evidence.api;

import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.evidence.Receipt;
import io.policyhub.evidence.ReceiptClaims;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The printable receipt: every fact of the acknowledgement, the signed receipt itself and how to check it. All
 * values are inserted as text, never as markup: names are typed by clients and staff.
 */
final class ReceiptPage {

    private static final String CSS = """
            @page { size: A4; margin: 18mm; }
            body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1b1b1b; }
            .practice { font-size: 14pt; font-weight: bold; margin: 0; }
            h1 { font-size: 18pt; margin: 0.4em 0 0.2em; }
            .lead { color: #444; margin: 0 0 1.2em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; border-bottom: 1px solid #ccc; }
            th { width: 26%; font-weight: bold; }
            .mono { font-family: monospace; font-size: 8pt; white-space: nowrap; }
            h2 { font-size: 12pt; margin: 1.6em 0 0.4em; }
            .jws { font-family: monospace; font-size: 7pt; word-wrap: break-word; border: 1px solid #ccc; padding: 0.5em; }
            .how { font-size: 9pt; color: #444; }
            """;

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private ReceiptPage() {}

    static Document printable(Receipt receipt, String jwksUrl, String verifyUrl) {
        ReceiptClaims claims = receipt.claims();
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", ""));
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        page.child(0).attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text("Receipt · " + claims.policyTitle() + " · " + claims.practiceName());
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = page.body();
        body.appendElement("p").addClass("practice").text(claims.practiceName());
        body.appendElement("h1").text("Acknowledgement receipt");
        body.appendElement("p")
                .addClass("lead")
                .text("This confirms that the person named below agreed to the exact text of the policy version"
                        + " identified by its SHA-256 fingerprint.");
        Element table = body.appendElement("table");
        row(table, "Client (name as given)", claims.fullName());
        row(table, "Practice", claims.practiceName());
        row(table, "Policy", claims.policyTitle());
        row(table, "Version", Integer.toString(claims.version()));
        row(table, "Content hash (SHA-256)", claims.contentHash().hex()).addClass("mono");
        row(table, "Agreed at", READABLE.format(claims.acknowledgedAt()));
        row(table, "Timestamp (ISO 8601)", claims.acknowledgedAt().toString()).addClass("mono");
        row(table, "Method", method(claims.method()));
        row(
                table,
                "IP address",
                claims.ip().orElse("not recorded (" + method(claims.method()).toLowerCase(Locale.UK) + ")"));
        row(table, "Receipt number", claims.acknowledgementId().toString()).addClass("mono");

        body.appendElement("h2").text("Signed receipt");
        body.appendElement("p")
                .addClass("how")
                .text("The same facts, signed by " + claims.practiceName() + " (JWS, ES256, key " + receipt.keyId()
                        + "). Anyone can check the signature with the practice's public keys at " + jwksUrl
                        + ", and the practice can confirm it still matches its records at " + verifyUrl + ".");
        body.appendElement("p").addClass("jws").text(receipt.jws());
        return page;
    }

    private static Element row(Element table, String label, String value) {
        Element row = table.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(label);
        return row.appendElement("td").text(value);
    }

    static String method(AcknowledgementMethod method) {
        return switch (method) {
            case PORTAL -> "Online, through the client's personal link";
            case IN_PERSON -> "In person, recorded by the practice";
            case API -> "Recorded by the practice's system";
        };
    }
}
