package io.policyhub.practice.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param role practice-admin, practice-editor or practice-viewer */
record InviteStaffRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank String role,
        @Nullable @Size(max = 100) String firstName,
        @Nullable @Size(max = 100) String lastName) {}
