package io.policyhub.evidence.api;

import io.policyhub.evidence.EvidenceDocuments;
import io.policyhub.evidence.EvidenceSubject;
import io.policyhub.evidence.Receipt;
import io.policyhub.practice.PracticeId;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** The evidence files for the admin pages, rendered by the very code behind the API's own downloads. */
@Component
class RenderedEvidenceDocuments implements EvidenceDocuments {

    private final ReceiptDocuments receipts;
    private final EvidenceBundleWriter bundles;

    RenderedEvidenceDocuments(ReceiptDocuments receipts, EvidenceBundleWriter bundles) {
        this.receipts = receipts;
        this.bundles = bundles;
    }

    @Override
    public byte[] receiptPdf(Receipt receipt) {
        return receipts.pdf(receipt);
    }

    @Override
    public void writeBundle(PracticeId practice, EvidenceSubject subject, OutputStream out) throws IOException {
        bundles.write(practice, subject, out);
    }
}
