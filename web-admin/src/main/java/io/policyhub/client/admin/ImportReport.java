package io.policyhub.client.admin;

import io.policyhub.admin.ReadableErrors;
import io.policyhub.client.ClientImportCheck;
import io.policyhub.client.ClientImportRow;
import io.policyhub.client.ClientImportRow.ImportProblem;
import io.policyhub.shared.CsvCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An uploaded client file as the import page shows it: each row with the values exactly as written (escaped by
 * the page, and written formula-safe into the downloadable problem list) and its problems as sentences.
 */
record ImportReport(
        String fileName,
        Optional<String> fileProblem,
        List<String> columns,
        List<Row> rows,
        long validCount,
        long invalidCount) {

    private static final Map<String, String> COLUMN_LABELS = Map.of(
            "displayName", "Name", "email", "E-mail address", "externalRef", "External reference", "", "The row");

    /** One row of the file and what is wrong with it, if anything. */
    record Row(int line, List<String> cells, boolean valid, List<String> problems) {}

    static ImportReport of(String fileName, ClientImportCheck check) {
        List<Row> rows = check.rows().stream().map(ImportReport::row).toList();
        return new ImportReport(
                fileName,
                check.fileProblem(),
                check.columns(),
                rows,
                check.validRows().size(),
                check.invalidRows().size());
    }

    private static Row row(ClientImportRow row) {
        List<String> problems =
                row.problems().stream().map(ImportReport::sentence).toList();
        return new Row(row.line(), row.cells(), row.valid(), problems);
    }

    private static String sentence(ImportProblem problem) {
        return ReadableErrors.sentence(
                COLUMN_LABELS.getOrDefault(problem.column(), problem.column()), problem.message());
    }

    public boolean clean() {
        return fileProblem.isEmpty() && invalidCount == 0;
    }

    public boolean partlyImportable() {
        return fileProblem.isEmpty() && validCount > 0 && invalidCount > 0;
    }

    public List<Row> invalidRows() {
        return rows.stream().filter(row -> !row.valid()).toList();
    }

    /**
     * The rows with problems as CSV, to fix in a spreadsheet: the line, the problems, then the row's own values.
     * Every cell is written formula-safe, because the values came from an uploaded file.
     */
    String problemsCsv() {
        var csv = new StringBuilder();
        var header = new ArrayList<String>(List.of("line", "problems"));
        header.addAll(columns);
        csv.append(CsvCells.row(List.copyOf(header)));
        for (Row row : invalidRows()) {
            var cells = new ArrayList<String>();
            cells.add(Integer.toString(row.line()));
            cells.add(row.problems().stream().collect(Collectors.joining(" ")));
            cells.addAll(row.cells());
            csv.append(CsvCells.row(List.copyOf(cells)));
        }
        return csv.toString();
    }
}
