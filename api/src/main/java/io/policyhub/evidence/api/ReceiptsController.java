package io.policyhub.evidence.api;

import io.policyhub.evidence.ReceiptManagement;
import io.policyhub.evidence.ReceiptSigningKey;
import io.policyhub.practice.PracticeId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff download receipts of their practice's acknowledgements and manage the keys that sign them. */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}")
class ReceiptsController {

    private final ReceiptManagement receipts;
    private final ReceiptDocuments documents;

    ReceiptsController(ReceiptManagement receipts, ReceiptDocuments documents) {
        this.receipts = receipts;
        this.documents = documents;
    }

    @Operation(
            summary = "The acknowledgement's receipt as PDF",
            description = "Client, practice, policy, version, content hash, time (UTC), method and IP address,"
                    + " with the signed receipt printed below.")
    @GetMapping(path = "/acknowledgements/{acknowledgementId}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID acknowledgementId) {
        return documents.pdfDownload(receipts.issue(acknowledgementId));
    }

    @Operation(
            summary = "The acknowledgement's signed receipt (compact JWS, ES256)",
            description = "Check it with the practice's public keys (GET /api/v1/receipts/jwks/{practiceId}) or"
                    + " POST /api/v1/receipts/verify.")
    @GetMapping(path = "/acknowledgements/{acknowledgementId}/receipt.jws", produces = ReceiptDocuments.JOSE)
    ResponseEntity<String> jws(@PathVariable UUID acknowledgementId) {
        return documents.jwsDownload(receipts.issue(acknowledgementId));
    }

    @Operation(summary = "The practice's receipt signing keys, the one in use first")
    @GetMapping("/receipt-keys")
    List<ReceiptKeyResponse> keys() {
        List<ReceiptSigningKey> keys = receipts.keys();
        return keys.stream()
                .map(key -> ReceiptKeyResponse.of(key, key == keys.getFirst()))
                .toList();
    }

    @Operation(
            summary = "Rotate the receipt signing key",
            description = "New receipts are signed with a new key; receipts signed with earlier keys stay verifiable.")
    @PostMapping("/receipt-keys")
    @ResponseStatus(HttpStatus.CREATED)
    ReceiptKeyResponse rotate(@PathVariable UUID practiceId) {
        return ReceiptKeyResponse.of(receipts.rotateKey(new PracticeId(practiceId)), true);
    }
}
