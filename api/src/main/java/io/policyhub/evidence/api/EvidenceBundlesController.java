package io.policyhub.evidence.api;

import io.policyhub.client.ClientId;
import io.policyhub.evidence.EvidenceBundles;
import io.policyhub.evidence.EvidenceSubject;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence bundles, streamed as they are written. The subject is looked up first, so an unknown (or another
 * practice's) client or policy still answers 404 as a problem; once the ZIP has started, it only streams.
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}")
class EvidenceBundlesController {

    static final String ZIP = "application/zip";

    private final EvidenceBundles bundles;
    private final EvidenceBundleWriter writer;

    EvidenceBundlesController(EvidenceBundles bundles, EvidenceBundleWriter writer) {
        this.bundles = bundles;
        this.writer = writer;
    }

    @Operation(
            summary = "Everything that proves what one client agreed to, as a ZIP",
            description = "The acknowledged versions (PDF), a receipt per acknowledgement (PDF and JWS), the"
                    + " client's audit extract (JSON lines) and manifest.json with every file's SHA-256.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = ZIP)))
    @GetMapping("/clients/{clientId}/evidence.zip")
    void client(@PathVariable UUID practiceId, @PathVariable UUID clientId, HttpServletResponse response)
            throws IOException {
        PracticeId practice = new PracticeId(practiceId);
        stream(practice, bundles.ofClient(practice, new ClientId(clientId)), response);
    }

    @Operation(
            summary = "Everything that proves which clients agreed to one policy, as a ZIP",
            description = "Each acknowledged version (PDF), a receipt per acknowledgement (PDF and JWS), the"
                    + " policy's audit extract (JSON lines) and manifest.json with every file's SHA-256.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = ZIP)))
    @GetMapping("/policies/{policyId}/evidence.zip")
    void policy(@PathVariable UUID practiceId, @PathVariable UUID policyId, HttpServletResponse response)
            throws IOException {
        PracticeId practice = new PracticeId(practiceId);
        stream(practice, bundles.ofPolicy(practice, new PolicyId(policyId)), response);
    }

    private void stream(PracticeId practice, EvidenceSubject subject, HttpServletResponse response) throws IOException {
        response.setContentType(ZIP);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(subject.bundleFileName())
                        .build()
                        .toString());
        writer.write(practice, subject, response.getOutputStream());
    }
}
