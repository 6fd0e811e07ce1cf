package io.policyhub.evidence.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param receipt the signed receipt, a compact JWS as the receipt download gave it */
record VerifyReceiptRequest(@NotBlank @Size(max = 16_384) String receipt) {}
