package io.policyhub.client;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.List;
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

    /** Judges an uploaded CSV file of clients row by row; stores nothing. */
    public ClientImportCheck checkImport(byte[] file) {
        return ClientImportFile.check(file, ref -> clients.externalRefTaken(ref, Optional.empty()));
    }

    /**
     * Judges the file again (the practice's clients may have changed since it was checked) and imports it, in one
     * transaction: with {@link ImportChoice#ALL_ROWS}, nothing unless every row is valid; with
     * {@link ImportChoice#VALID_ROWS}, the valid rows. A file that cannot be read imports nothing.
     */
    public ClientImportResult importFile(PracticeId practice, byte[] file, ImportChoice choice) {
        ClientImportCheck check = checkImport(file);
        boolean importable = check.fileProblem().isEmpty() && (choice == ImportChoice.VALID_ROWS || check.clean());
        if (!importable) {
            return new ClientImportResult(check, List.of());
        }
        List<Client> imported = check.validRows().stream()
                .map(row -> clients.save(Client.add(practice, row.client().orElseThrow(), clock.instant())))
                .toList();
        return new ClientImportResult(check, imported);
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
