package io.policyhub.client;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on an uploaded client file before anything is stored: either the file as a whole cannot be read
 * ({@code fileProblem}), or each of its rows is valid or says what is wrong with it.
 *
 * @param columns the file's header, in its order
 * @param rows every non-blank row after the header
 */
public record ClientImportCheck(List<String> columns, List<ClientImportRow> rows, Optional<String> fileProblem) {

    public ClientImportCheck {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static ClientImportCheck unreadable(String problem) {
        return new ClientImportCheck(List.of(), List.of(), Optional.of(problem));
    }

    public List<ClientImportRow> validRows() {
        return rows.stream().filter(ClientImportRow::valid).toList();
    }

    public List<ClientImportRow> invalidRows() {
        return rows.stream().filter(row -> !row.valid()).toList();
    }

    /** Every row can be imported as it is. */
    public boolean clean() {
        return fileProblem.isEmpty() && rows.stream().allMatch(ClientImportRow::valid);
    }

    /** Some rows could be imported if the admin chooses to leave out the others. */
    public boolean partlyImportable() {
        return fileProblem.isEmpty() && !validRows().isEmpty() && !invalidRows().isEmpty();
    }
}
