package io.policyhub.client;

import java.util.List;
import java.util.Optional;

/**
 * One line of an uploaded client file, as it was written and as it was judged.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 * @param cells the values exactly as the file has them, to show back to the person who uploaded it
 * @param client the client the row describes, when it is valid
 * @param problems what is wrong with the row; empty when it can be imported
 */
public record ClientImportRow(int line, List<String> cells, Optional<NewClient> client, List<ImportProblem> problems) {

    public ClientImportRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
        if (client.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a row has either a client or problems");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * What is wrong with one value of a row.
     *
     * @param column the column the value is in, by its header name
     * @param message what is wrong, in the domain's words ("must not be blank")
     */
    public record ImportProblem(String column, String message) {}
}
