package io.policyhub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedValuesWithCommasQuotesAndLineBreaks() throws Exception {
        List<CsvRecords.Record> records =
                CsvRecords.parse("name,note\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\n");

        assertThat(records)
                .extracting(CsvRecords.Record::line, CsvRecords.Record::cells)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, List.of("name", "note")),
                        org.assertj.core.groups.Tuple.tuple(2, List.of("Lovelace, Ada", "said \"hi\"")),
                        org.assertj.core.groups.Tuple.tuple(3, List.of("two\nlines", "x")),
                        org.assertj.core.groups.Tuple.tuple(5, List.of("last", "")));
    }

    @Test
    void aFileWithoutAFinalLineBreakKeepsItsLastRecord() throws Exception {
        assertThat(CsvRecords.parse("a,b\nc,\"d\""))
                .extracting(CsvRecords.Record::cells)
                .last()
                .isEqualTo(List.of("c", "d"));
    }

    @Test
    void anUnclosedQuoteIsRefusedWithTheLineItOpensOn() {
        assertThatThrownBy(() -> CsvRecords.parse("a,b\nc,\"d\ne,f\n"))
                .isInstanceOfSatisfying(
                        CsvRecords.Malformed.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void textAfterAClosingQuoteOrAQuoteInsideAValueIsRefused() {
        assertThatThrownBy(() -> CsvRecords.parse("\"a\"b,c\n")).isInstanceOf(CsvRecords.Malformed.class);
        assertThatThrownBy(() -> CsvRecords.parse("a\"b,c\n")).isInstanceOf(CsvRecords.Malformed.class);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
        assertThat(CsvCells.row(Arrays.asList("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "plain", null, "a,b")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),plain,,\"a,b\"\r\n");
    }
}
