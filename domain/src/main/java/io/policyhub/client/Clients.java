package io.policyhub.client;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The clients of the current practice. Erased clients are never returned. */
public interface Clients {

    Client save(Client client);

    Optional<Client> findById(ClientId id);

    /** Clients ordered by name; {@code search} matches name, e-mail or external reference. */
    Page<Client> list(Optional<String> search, PageRequest page);

    /** The ones of {@code ids} that exist. */
    List<Client> findAll(Collection<ClientId> ids);

    /** Every client of the practice, for "assign to all". */
    List<ClientId> allIds();

    /** Another live client of the practice already uses this external reference. */
    boolean externalRefTaken(String externalRef, Optional<ClientId> except);
}
