package io.policyhub.evidence;

import io.policyhub.practice.PracticeId;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The evidence as the files people download and keep: a receipt as a printable PDF, and a whole bundle as a ZIP.
 * Rendering needs PDF and archive libraries, so an adapter does it; the REST API and the admin pages both hand
 * out exactly what it renders.
 */
public interface EvidenceDocuments {

    /** The receipt as a PDF: every fact of the acknowledgement, the signed receipt itself and how to check it. */
    byte[] receiptPdf(Receipt receipt);

    /**
     * Writes the subject's evidence bundle to {@code out} as a ZIP, reading the evidence in pages as it writes, so
     * memory stays flat whatever the size of the practice.
     */
    void writeBundle(PracticeId practice, EvidenceSubject subject, OutputStream out) throws IOException;
}
