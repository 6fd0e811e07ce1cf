package io.policyhub.client;

import java.util.List;

/**
 * What an import did: the file's verdict at the moment of importing (rows may have become invalid since the
 * admin looked, for example an external reference taken meanwhile) and the clients it added.
 */
public record ClientImportResult(ClientImportCheck check, List<Client> imported) {

    public ClientImportResult {
        imported = List.copyOf(imported);
    }
}
