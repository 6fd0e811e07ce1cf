package io.policyhub.client;

import io.policyhub.client.ClientImportRow.ImportProblem;
import io.policyhub.shared.CsvRecords;
import io.policyhub.shared.EmailAddresses;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of clients and judges every row, storing nothing. Strict on purpose, because a wrong guess
 * (a misread column, a mangled name) would put wrong personal data into the practice's records: UTF-8 only, a
 * header naming known columns, as many values on each row as the header has columns, and limits on size.
 */
public final class ClientImportFile {

    public static final String NAME = "displayName";
    public static final String EMAIL = "email";
    public static final String EXTERNAL_REF = "externalRef";
    public static final List<String> COLUMNS = List.of(NAME, EMAIL, EXTERNAL_REF);
    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_ROWS = 2000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ClientImportFile() {}

    /**
     * Judges {@code content}; {@code externalRefTaken} tells whether another client of the practice already
     * has an external reference.
     */
    static ClientImportCheck check(byte[] content, Predicate<String> externalRefTaken) {
        if (content.length == 0) {
            return ClientImportCheck.unreadable("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            return ClientImportCheck.unreadable("The file is " + kilobytes(content.length) + " KB; at most "
                    + kilobytes(MAX_BYTES) + " KB can be imported at once. Split it into smaller files.");
        }
        Optional<String> text = utf8(content);
        if (text.isEmpty()) {
            return ClientImportCheck.unreadable(
                    looksLikeWorkbook(content)
                            ? "This is a spreadsheet workbook, not a CSV file. In your spreadsheet, use \"Save as\" and"
                                    + " choose \"CSV UTF-8 (comma-delimited)\"."
                            : "The file is not UTF-8 text. In your spreadsheet, use \"Save as\" and choose"
                                    + " \"CSV UTF-8 (comma-delimited)\".");
        }
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text.get());
        } catch (CsvRecords.Malformed malformed) {
            return ClientImportCheck.unreadable(
                    "Line " + malformed.line() + " cannot be read: " + malformed.getMessage() + ".");
        }
        records = records.stream().filter(record -> !record.blank()).toList();
        if (records.isEmpty()) {
            return ClientImportCheck.unreadable("The file is empty.");
        }
        CsvRecords.Record header = records.getFirst();
        Optional<String> headerProblem = headerProblem(header.cells());
        if (headerProblem.isPresent()) {
            return ClientImportCheck.unreadable(headerProblem.get());
        }
        List<CsvRecords.Record> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            return ClientImportCheck.unreadable("The file names its columns but has no clients below them.");
        }
        if (data.size() > MAX_ROWS) {
            return ClientImportCheck.unreadable("The file has " + data.size() + " clients; at most " + MAX_ROWS
                    + " can be imported at once. Split it into smaller files.");
        }
        List<String> columns = header.cells().stream().map(String::strip).toList();
        return new ClientImportCheck(columns, judge(columns, data, externalRefTaken), Optional.empty());
    }

    private static long kilobytes(int bytes) {
        return (bytes + 1023) / 1024;
    }

    private static Optional<String> utf8(byte[] content) {
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeWorkbook(byte[] content) {
        // .xlsx and .ods are ZIP archives; .xls is an OLE compound document.
        return startsWith(content, new byte[] {'P', 'K', 3, 4})
                || startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> headerProblem(List<String> header) {
        String expected = "The first line must name the columns " + NAME + ", " + EMAIL + " and (if you use it) "
                + EXTERNAL_REF + ", separated by commas.";
        if (header.size() == 1 && header.getFirst().contains(";")) {
            return Optional.of("The columns are separated by semicolons. " + expected);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String cell : header) {
            String column = cell.strip();
            if (!COLUMNS.contains(column)) {
                String known = COLUMNS.stream()
                        .filter(name -> name.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)))
                        .findFirst()
                        .map(name -> " (did you mean \"" + name + "\"?)")
                        .orElse("");
                return Optional.of("The column \"" + column + "\" is not one we know" + known + ". " + expected);
            }
            if (!seen.add(column)) {
                return Optional.of("The column \"" + column + "\" appears twice. " + expected);
            }
        }
        List<String> missing = List.of(NAME, EMAIL).stream()
                .filter(name -> !seen.contains(name))
                .toList();
        if (!missing.isEmpty()) {
            return Optional.of("The column " + String.join(" and ", missing) + " is missing. " + expected);
        }
        return Optional.empty();
    }

    private static List<ClientImportRow> judge(
            List<String> columns, List<CsvRecords.Record> data, Predicate<String> externalRefTaken) {
        Map<String, Integer> firstLineOfRef = new HashMap<>();
        var rows = new ArrayList<ClientImportRow>();
        for (CsvRecords.Record record : data) {
            rows.add(judge(columns, record, externalRefTaken, firstLineOfRef));
        }
        return rows;
    }

    private static ClientImportRow judge(
            List<String> columns,
            CsvRecords.Record record,
            Predicate<String> externalRefTaken,
            Map<String, Integer> firstLineOfRef) {
        if (record.cells().size() != columns.size()) {
            return invalid(
                    record,
                    new ImportProblem(
                            "",
                            "has " + record.cells().size() + " values but the first line names " + columns.size()
                                    + " columns (a comma inside a value needs the value in quotes)"));
        }
        var problems = new ArrayList<ImportProblem>();
        String name = checked(NAME, () -> Text.required(NAME, cell(columns, record, NAME), 200), problems);
        String email = checked(EMAIL, () -> EmailAddresses.valid(EMAIL, cell(columns, record, EMAIL)), problems);
        String ref = checked(
                EXTERNAL_REF, () -> Text.optional(EXTERNAL_REF, cell(columns, record, EXTERNAL_REF), 100), problems);
        if (ref != null) {
            Integer earlier = firstLineOfRef.putIfAbsent(ref, record.line());
            if (earlier != null) {
                problems.add(new ImportProblem(EXTERNAL_REF, "is also used on line " + earlier + " of this file"));
            } else if (externalRefTaken.test(ref)) {
                problems.add(new ImportProblem(EXTERNAL_REF, "is already used by another client of this practice"));
            }
        }
        if (name == null || email == null || !problems.isEmpty()) {
            return new ClientImportRow(record.line(), record.cells(), Optional.empty(), problems);
        }
        return new ClientImportRow(
                record.line(), record.cells(), Optional.of(new NewClient(name, email, ref)), List.of());
    }

    private static @Nullable String cell(List<String> columns, CsvRecords.Record record, String column) {
        int index = columns.indexOf(column);
        return index < 0 ? null : record.cells().get(index);
    }

    /** The value as the domain rule accepts it, or null with the rule's complaint added to {@code problems}. */
    private static @Nullable String checked(
            String column, Supplier<@Nullable String> rule, List<ImportProblem> problems) {
        try {
            String value = rule.get();
            if (value != null && value.chars().anyMatch(Character::isISOControl)) {
                problems.add(
                        new ImportProblem(column, "must not contain line breaks, tabs or other control characters"));
                return null;
            }
            return value;
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> problems.add(new ImportProblem(column, error.message())));
            return null;
        }
    }

    private static ClientImportRow invalid(CsvRecords.Record record, ImportProblem problem) {
        return new ClientImportRow(record.line(), record.cells(), Optional.empty(), List.of(problem));
    }
}
