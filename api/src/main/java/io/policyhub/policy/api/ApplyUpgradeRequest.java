package io.policyhub.policy.api;

import io.policyhub.policy.Policy;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** @param content the editor's resolution of a conflicted upgrade; absent to apply a clean merge as proposed */
record ApplyUpgradeRequest(
        @Nullable @Size(max = Policy.MAX_CONTENT) String content) {}
