package io.policyhub.practice.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param name what the practice calls the integration, e.g. the product it connects */
record NewIntegrationRequest(@NotBlank @Size(max = 100) String name) {}
