package io.policyhub.client.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param externalRef the integrator's own id for this client: unique within the practice */
record AddClientRequest(
        @NotBlank @Size(max = 200) String displayName,

        @NotBlank
        @Email(regexp = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", message = "must be a valid e-mail address")
        @Size(max = 254)
        String email,

        @Nullable @Size(max = 100) String externalRef) {}
