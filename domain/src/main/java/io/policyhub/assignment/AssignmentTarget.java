package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.shared.InvalidInput;
import java.util.List;

/** Whom to assign: either the listed clients or every client of the practice. */
public record AssignmentTarget(List<ClientId> clientIds, boolean allClients) {

    public static final int MAX_CLIENTS = 1000;

    public AssignmentTarget {
        clientIds = List.copyOf(clientIds);
        if (allClients && !clientIds.isEmpty()) {
            throw InvalidInput.of("allClients", "cannot be combined with clientIds");
        }
        if (!allClients && clientIds.isEmpty()) {
            throw InvalidInput.of("clientIds", "must name at least one client, or set allClients to true");
        }
        if (clientIds.size() > MAX_CLIENTS) {
            throw InvalidInput.of("clientIds", "must name at most " + MAX_CLIENTS + " clients per request");
        }
    }
}
