package io.policyhub.evidence.api;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import io.policyhub.evidence.ReceiptManagement;
import io.policyhub.evidence.ReceiptSignatures;
import io.policyhub.evidence.ReceiptVerification;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checking receipts: against the stored evidence (staff), or by signature alone with the public keys (anyone). */
@RestController
@RequestMapping("/api/v1/receipts")
class ReceiptVerificationController {

    static final String JWK_SET = "application/jwk-set+json";

    private final ReceiptManagement receipts;
    private final ReceiptSignatures signatures;

    ReceiptVerificationController(ReceiptManagement receipts, ReceiptSignatures signatures) {
        this.receipts = receipts;
        this.signatures = signatures;
    }

    /**
     * A receipt is checked inside the practice it names, and only if the caller belongs to it. A receipt of any
     * other practice gets exactly the answer of one signed with an unknown key, so nothing about another
     * practice's acknowledgements can be learnt here.
     */
    @Operation(
            summary = "Is this receipt genuine, and does it still match the stored acknowledgement and version?",
            description = "Always 200: `valid` with a `verdict` (GENUINE, MALFORMED, UNKNOWN_KEY, SIGNATURE_INVALID,"
                    + " ACKNOWLEDGEMENT_MISMATCH, VERSION_MISMATCH). Receipts of practices the caller does not"
                    + " belong to are UNKNOWN_KEY.")
    @PostMapping("/verify")
    ReceiptVerificationResponse verify(@Valid @RequestBody VerifyReceiptRequest request) {
        String receipt = request.receipt();
        TenantScope caller = TenantScope.current();
        ReceiptVerification verification = signatures.keyIdOf(receipt).isEmpty()
                ? receipts.verify(receipt)
                : signatures
                        .claimedPracticeOf(receipt)
                        .filter(caller.visiblePractices()::contains)
                        .map(practice -> TenantScope.callWithin(
                                TenantScope.of(practice).actingAs(caller.actor()), () -> receipts.verify(receipt)))
                        .orElseGet(ReceiptVerification::unknownKey);
        return ReceiptVerificationResponse.of(verification);
    }

    @Operation(
            summary = "The practice's public receipt keys (JWK set), for checking signatures offline",
            description = "Public, no token needed. Every key the practice ever signed with, newest first; empty for"
                    + " a practice without receipts (or none at all).")
    @SecurityRequirements
    @GetMapping(
            path = "/jwks/{practiceId}",
            produces = {JWK_SET, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> jwks(@PathVariable UUID practiceId) {
        List<JWK> keys = receipts.publicKeys(new PracticeId(practiceId)).stream()
                .<JWK>map(key -> new ECKey.Builder(Curve.P_256, key.publicKey())
                        .keyID(key.keyId())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .issueTime(Date.from(key.createdAt()))
                        .build())
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.parseMediaType(JWK_SET))
                .body(new JWKSet(keys).toJSONObject(true));
    }
}
