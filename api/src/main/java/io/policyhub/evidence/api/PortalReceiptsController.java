package io.policyhub.evidence.api;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementNotFound;
import io.policyhub.acknowledgement.PortalAcknowledgement;
import io.policyhub.api.PortalScopeFilter;
import io.policyhub.evidence.Receipt;
import io.policyhub.evidence.ReceiptManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's own receipt, behind their personal link: for the version the link shows, once they agreed to it.
 * The portal's confirmation page links here.
 */
@RestController
@RequestMapping("/portal/api/{token}")
class PortalReceiptsController {

    private final PortalAcknowledgement portal;
    private final ReceiptManagement receipts;
    private final ReceiptDocuments documents;

    PortalReceiptsController(PortalAcknowledgement portal, ReceiptManagement receipts, ReceiptDocuments documents) {
        this.portal = portal;
        this.receipts = receipts;
        this.documents = documents;
    }

    @Operation(summary = "The client's receipt as PDF (404 until they agreed to the version their link shows)")
    @SecurityRequirements
    @GetMapping(path = "/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        return documents.pdfDownload(receipt(token));
    }

    @Operation(summary = "The client's signed receipt (compact JWS)")
    @SecurityRequirements
    @GetMapping(path = "/receipt.jws", produces = ReceiptDocuments.JOSE)
    ResponseEntity<String> jws(@PathVariable String token) {
        return documents.jwsDownload(receipt(token));
    }

    private Receipt receipt(String token) {
        Acknowledgement acknowledgement = portal.view(PortalScopeFilter.tokenOf(token))
                .acknowledgement()
                .orElseThrow(AcknowledgementNotFound::notYetGiven);
        return receipts.issue(acknowledgement.id());
    }
}
