package io.policyhub.evidence.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForStaff;
import io.policyhub.client.ClientId;
import io.policyhub.evidence.EvidenceBundles;
import io.policyhub.evidence.EvidenceDocuments;
import io.policyhub.evidence.EvidenceSubject;
import io.policyhub.evidence.Receipt;
import io.policyhub.evidence.ReceiptManagement;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The evidence pages' downloads, for every member of staff: each acknowledgement's receipt (PDF to read, JWS to
 * check) and the evidence bundle of a client or a policy. They are the same files the REST API hands out, made
 * by the same code. Another practice's acknowledgement, client or policy is simply not found.
 */
@AdminController
class EvidenceDownloadsAdminController {

    static final MediaType JWS = MediaType.parseMediaType("application/jose");
    static final String ZIP = "application/zip";

    private final ReceiptManagement receipts;
    private final EvidenceBundles bundles;
    private final EvidenceDocuments documents;

    EvidenceDownloadsAdminController(ReceiptManagement receipts, EvidenceBundles bundles, EvidenceDocuments documents) {
        this.receipts = receipts;
        this.bundles = bundles;
        this.documents = documents;
    }

    @GetMapping("/admin/evidence/acknowledgements/{acknowledgementId}/receipt.pdf")
    @ForStaff
    ResponseEntity<byte[]> receiptPdf(@PathVariable UUID acknowledgementId) {
        Receipt receipt = receipts.issue(acknowledgementId);
        return download(receipt.fileName("pdf"), MediaType.APPLICATION_PDF, documents.receiptPdf(receipt));
    }

    @GetMapping("/admin/evidence/acknowledgements/{acknowledgementId}/receipt.jws")
    @ForStaff
    ResponseEntity<String> receiptJws(@PathVariable UUID acknowledgementId) {
        Receipt receipt = receipts.issue(acknowledgementId);
        return download(receipt.fileName("jws"), JWS, receipt.jws());
    }

    @GetMapping("/admin/evidence/clients/{clientId}/evidence.zip")
    @ForStaff
    void clientBundle(@PathVariable UUID clientId, HttpServletResponse response) throws IOException {
        PracticeId practice = CurrentPractice.id();
        stream(practice, bundles.ofClient(practice, new ClientId(clientId)), response);
    }

    @GetMapping("/admin/evidence/policies/{policyId}/evidence.zip")
    @ForStaff
    void policyBundle(@PathVariable UUID policyId, HttpServletResponse response) throws IOException {
        PracticeId practice = CurrentPractice.id();
        stream(practice, bundles.ofPolicy(practice, new PolicyId(policyId)), response);
    }

    /** The subject was looked up first, so a missing one is still a friendly 404; from here on it only streams. */
    private void stream(PracticeId practice, EvidenceSubject subject, HttpServletResponse response) throws IOException {
        response.setContentType(ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(subject.bundleFileName()));
        documents.writeBundle(practice, subject, response.getOutputStream());
    }

    private static <T> ResponseEntity<T> download(String fileName, MediaType type, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(body);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
