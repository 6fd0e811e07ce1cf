package io.policyhub.policy.api;

import io.policyhub.policy.PolicyDocument;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published versions as documents: the printable HTML page and PDF (chosen by {@code Accept}; JSON stays with
 * the policies controller as the default) and the differences between two versions.
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/policies/{policyId}/versions/{number}")
class PolicyDocumentsController {

    static final String TEXT_DIFF = "text/x-diff";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PolicyDocumentManagement documents;

    PolicyDocumentsController(PolicyDocumentManagement documents) {
        this.documents = documents;
    }

    @Operation(summary = "The version as a standalone, sanitised HTML page (Accept: text/html)")
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable UUID practiceId, @PathVariable UUID policyId, @PathVariable int number) {
        PolicyDocument document = document(practiceId, policyId, number);
        return ResponseEntity.ok()
                .contentType(HTML)
                .header("Content-Security-Policy", VersionPage.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(VersionPage.html(document));
    }

    @Operation(
            summary = "The version as PDF (Accept: application/pdf)",
            description = "Every page's footer names the practice, version, publication date and content hash.")
    @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID practiceId, @PathVariable UUID policyId, @PathVariable int number) {
        PolicyDocument document = document(practiceId, policyId, number);
        ContentDisposition disposition = ContentDisposition.inline()
                .filename(VersionPdf.fileName(document))
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(VersionPdf.render(document));
    }

    @Operation(
            summary = "How this version differs from another",
            description = "A unified diff and a word-level diff, from version `against` to this one.")
    @GetMapping("/diff")
    DiffResponse diff(@PathVariable UUID policyId, @PathVariable int number, @RequestParam int against) {
        PolicyId id = new PolicyId(policyId);
        return DiffResponse.of(id, documents.diff(id, number, against));
    }

    @Operation(summary = "How this version differs from another, as a unified diff (Accept: text/x-diff)")
    @GetMapping(path = "/diff", produces = TEXT_DIFF)
    ResponseEntity<String> unifiedDiff(
            @PathVariable UUID policyId, @PathVariable int number, @RequestParam int against) {
        String unified = documents.diff(new PolicyId(policyId), number, against).unified();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "x-diff", StandardCharsets.UTF_8))
                .body(unified);
    }

    private PolicyDocument document(UUID practiceId, UUID policyId, int number) {
        return documents.document(new PracticeId(practiceId), new PolicyId(policyId), number);
    }
}
