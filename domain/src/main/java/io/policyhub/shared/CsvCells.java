package io.policyhub.shared;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) are prefixed with an apostrophe, because what we write back often came from
 * clients or from an uploaded file.
 */
public final class CsvCells {

    private CsvCells() {}

    /** One line of cells, ending in CRLF. */
    public static String row(List<@Nullable String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
