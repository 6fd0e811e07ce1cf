package io.policyhub.assignment.api;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Either {@code clientIds} or {@code allClients: true}. */
record AssignRequest(
        @Nullable @Size(max = 1000) List<UUID> clientIds,
        @Nullable Boolean allClients) {}
