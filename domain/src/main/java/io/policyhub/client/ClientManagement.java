package io.policyhub.client;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.Optional;

/** Adding, changing and erasing the current practice's clients. */
public class ClientManagement {

    private final Clients clients;
    private final Clock clock;

    public ClientManagement(Clients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public Client add(PracticeId practice, NewClient details) {
        Client client = Client.add(practice, details, clock.instant());
        client.externalRef().ifPresent(ref -> requireFreeExternalRef(ref, Optional.empty()));
        return clients.save(client);
    }

    public Client get(ClientId id) {
        return clients.findById(id).orElseThrow(() -> ClientNotFound.of(id));
    }

    public Page<Client> list(Optional<String> search, PageRequest page) {
        return clients.list(search.filter(s -> !s.isBlank()).map(String::strip), page);
    }

    public Client change(ClientId id, ClientChanges changes) {
        Client client = get(id);
        client.change(changes);
        client.externalRef().ifPresent(ref -> requireFreeExternalRef(ref, Optional.of(id)));
        return clients.save(client);
    }

    /** GDPR erasure: personal data goes, acknowledgements stay as (pseudonymised) evidence. */
    public void erase(ClientId id) {
        Client client = get(id);
        client.erase(clock.instant());
        clients.save(client);
    }

    private void requireFreeExternalRef(String ref, Optional<ClientId> except) {
        if (clients.externalRefTaken(ref, except)) {
            throw StateConflict.of(
                    "external-ref-taken",
                    "Another client of this practice already has the external reference '" + ref + "'.");
        }
    }
}
