package io.policyhub.practice.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param alias the Keycloak organization alias of the practice, as tokens carry it
 * @param firstAdminEmail the person to invite as the practice's first admin
 */
record RegisterPracticeRequest(
        @NotBlank @Size(max = 200) String name,

        @NotBlank
        @Pattern(
                regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?",
                message = "must be 1-63 lower-case letters, digits or inner hyphens")
        String alias,

        @Nullable @Email @Size(max = 254) String contactEmail,

        @Nullable @Email @Size(max = 254) String firstAdminEmail) {}
