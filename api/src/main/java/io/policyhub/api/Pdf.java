package io.policyhub.api;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Prints an HTML page to PDF, headless and with the standard PDF fonts. The renderer may fetch nothing: no
 * image, style sheet, font or file, wherever a URL in the page points, so authored content cannot make the
 * server reach out.
 */
public final class Pdf {

    private Pdf() {}

    public static byte[] render(Document page, String what) {
        var pdf = new ByteArrayOutputStream();
        render(page, what, pdf);
        return pdf.toByteArray();
    }

    /** @param what names the document in the error, should rendering fail */
    public static void render(Document page, String what, OutputStream out) {
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(W3CDom.convert(page), "about:blank")
                    .withProducer("Policyhub")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering " + what + " failed", e);
        }
    }
}
