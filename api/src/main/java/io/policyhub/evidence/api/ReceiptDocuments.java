package io.policyhub.evidence.api;

import io.policyhub.api.Pdf;
import io.policyhub.evidence.Receipt;
import java.io.OutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A receipt as the two files people download: the PDF to read and keep, the JWS for machines to check. */
@Component
class ReceiptDocuments {

    static final String JOSE = "application/jose";

    private final ReceiptLinks links;

    ReceiptDocuments(ReceiptLinks links) {
        this.links = links;
    }

    void writePdf(Receipt receipt, OutputStream out) {
        Pdf.render(page(receipt), what(receipt), out);
    }

    byte[] pdf(Receipt receipt) {
        return Pdf.render(page(receipt), what(receipt));
    }

    ResponseEntity<byte[]> pdfDownload(Receipt receipt) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(receipt, "pdf"))
                .body(pdf(receipt));
    }

    ResponseEntity<String> jwsDownload(Receipt receipt) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(JOSE))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(receipt, "jws"))
                .body(receipt.jws());
    }

    private org.jsoup.nodes.Document page(Receipt receipt) {
        return ReceiptPage.printable(receipt, links.jwks(receipt.claims().practiceId()), links.verify());
    }

    private static String attachment(Receipt receipt, String extension) {
        return ContentDisposition.attachment()
                .filename(receipt.fileName(extension))
                .build()
                .toString();
    }

    private static String what(Receipt receipt) {
        return "receipt " + receipt.claims().acknowledgementId();
    }
}
