package io.policyhub.client;

import io.policyhub.shared.ResourceNotFound;

public final class ClientNotFound extends ResourceNotFound {

    private ClientNotFound(String message) {
        super("client-not-found", message);
    }

    public static ClientNotFound of(ClientId id) {
        return new ClientNotFound("No client " + id + " was found.");
    }
}
