package io.policyhub.policy.api;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.policyhub.policy.PolicyDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;

/**
 * Prints a published version to PDF, headless and with the standard PDF fonts, from the same page as the HTML
 * view. The renderer may fetch nothing: no image, style sheet, font or file, wherever a URL points.
 */
final class VersionPdf {

    private VersionPdf() {}

    static byte[] render(PolicyDocument document) {
        var pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(W3CDom.convert(VersionPage.printable(document)), "about:blank")
                    .withProducer("Policyhub")
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "rendering policy " + document.version().policyId() + " failed", e);
        }
        return pdf.toByteArray();
    }
}
