package io.policyhub.acknowledgement;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the client submits: their typed full name, the "I have read and agree" box, and optionally the
 * version they read, so a version published while they were reading is not silently agreed to.
 */
public record PortalAgreement(
        @Nullable String fullName, @Nullable Boolean agreed, Optional<Integer> versionRead) {}
