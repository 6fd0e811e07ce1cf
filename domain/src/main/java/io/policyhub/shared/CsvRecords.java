package io.policyhub.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes (with {@code ""} for a quote and line
 * breaks allowed inside), records ending in CRLF or LF. Strict: a quote that is never closed, or text after a
 * closing quote, is refused with the line it starts on rather than guessed at.
 */
public final class CsvRecords {

    private CsvRecords() {}

    /** One record and the line of the file it starts on (1-based). */
    public record Record(int line, List<String> cells) {

        public Record {
            cells = List.copyOf(cells);
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The text is not well-formed CSV. */
    public static final class Malformed extends Exception {

        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static List<Record> parse(String text) throws Malformed {
        var records = new ArrayList<Record>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        int quoteLine = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (afterQuote || !cell.isEmpty()) {
                        throw new Malformed(
                                line,
                                "a quote (\") in the middle of a value; put the whole value in"
                                        + " quotes and double the quotes inside it");
                    }
                    quoted = true;
                    quoteLine = line;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    cells.add(cell.toString());
                    records.add(new Record(recordLine, cells));
                    cells.clear();
                    cell.setLength(0);
                    afterQuote = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (afterQuote) {
                        throw new Malformed(line, "text after the closing quote of a value");
                    }
                    cell.append(c);
                }
            }
            i++;
        }
        if (quoted) {
            throw new Malformed(quoteLine, "a quote (\") that opens a value but is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || afterQuote) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, cells));
        }
        return records;
    }
}
