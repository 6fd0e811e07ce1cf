package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.AcknowledgementMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param version the version acknowledged; the current one if absent
 * @param method IN_PERSON or API; defaults to API for integrators and IN_PERSON for staff
 */
record RecordAcknowledgementRequest(
        @NotNull UUID clientId,
        @NotNull UUID policyId,
        @Nullable @Positive Integer version,
        @NotBlank @Size(max = 200) String fullName,
        @Nullable AcknowledgementMethod method) {}
