package io.policyhub.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.policyhub.client.ClientImportRow.ImportProblem;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientImportFileTest {

    private static ClientImportCheck check(String csv) {
        return ClientImportFile.check(csv.getBytes(UTF_8), Set.of("TAKEN")::contains);
    }

    @Test
    void aCleanFileBecomesNewClientsInItsOrder() {
        ClientImportCheck check = check("\uFEFFdisplayName,email,externalRef\r\n"
                + "Ada Lovelace,ada@example.com,A-1\r\n\"Hopper, Grace\",grace@example.com,\r\n");

        assertThat(check.clean()).isTrue();
        assertThat(check.rows())
                .extracting(row -> row.client().orElseThrow())
                .containsExactly(
                        new NewClient("Ada Lovelace", "ada@example.com", "A-1"),
                        new NewClient("Hopper, Grace", "grace@example.com", null));
    }

    @Test
    void columnsMayComeInAnyOrderAndTheExternalReferenceIsOptional() {
        ClientImportCheck check = check("email,displayName\nada@example.com,Ada\n");
        assertThat(check.rows().getFirst().client()).contains(new NewClient("Ada", "ada@example.com", null));
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsLine() {
        ClientImportCheck check = check("displayName,email,externalRef\n"
                + ",not-an-address,A-1\n"
                + "Ada,ada@example.com,A-1\n"
                + "Bob,bob@example.com,TAKEN\n"
                + "\n"
                + "Too,many,values,here\n"
                + "Fine,fine@example.com,\n");

        assertThat(check.fileProblem()).isEmpty();
        assertThat(check.clean()).isFalse();
        assertThat(check.partlyImportable()).isTrue();
        assertThat(check.invalidRows()).extracting(ClientImportRow::line).containsExactly(2, 3, 4, 6);
        assertThat(check.rows().get(0).problems())
                .containsExactly(
                        new ImportProblem("displayName", "must not be blank"),
                        new ImportProblem("email", "must be a valid e-mail address"));
        assertThat(check.rows().get(1).problems())
                .containsExactly(new ImportProblem("externalRef", "is also used on line 2 of this file"));
        assertThat(check.rows().get(2).problems())
                .containsExactly(
                        new ImportProblem("externalRef", "is already used by another client of this practice"));
        assertThat(check.rows().get(3).problems().getFirst().message()).startsWith("has 4 values");
        assertThat(check.validRows()).extracting(ClientImportRow::line).containsExactly(7);
    }

    @Test
    void valuesAreKeptExactlyAsWrittenForTheReport() {
        ClientImportCheck check = check("displayName,email\n\"=HYPERLINK(\"\"x\"\")\",x\n");
        assertThat(check.rows().getFirst().cells()).containsExactly("=HYPERLINK(\"x\")", "x");
    }

    @Test
    void lineBreaksInsideAValueAreRefused() {
        ClientImportCheck check = check("displayName,email\n\"Ada\nLovelace\",ada@example.com\n");
        assertThat(check.rows().getFirst().problems())
                .extracting(ImportProblem::column)
                .containsExactly("displayName");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        byte[] latin1 = "displayName,email\nJos\u00e9,jose@example.com\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ClientImportFile.check(latin1, ref -> false).fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("not UTF-8"));
    }

    @Test
    void aWorkbookIsRecognisedAndExplained() {
        byte[] xlsx = {'P', 'K', 3, 4, (byte) 0x80, (byte) 0xFF, 0, 0};
        assertThat(ClientImportFile.check(xlsx, ref -> false).fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("workbook"));
    }

    @Test
    void unknownMissingOrRepeatedColumnsAndSemicolonsAreRefusedAsAWhole() {
        assertThat(check("displayName,email,phone\nA,a@example.com,1\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("\"phone\" is not one we know"));
        assertThat(check("DisplayName,email\nA,a@example.com\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("did you mean \"displayName\""));
        assertThat(check("displayName,externalRef\nA,1\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("email is missing"));
        assertThat(check("displayName,email,email\nA,a@example.com,b\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("appears twice"));
        assertThat(check("displayName;email\nA;a@example.com\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("semicolons"));
    }

    @Test
    void emptyHeaderOnlyOversizedAndOverlongFilesAreRefusedAsAWhole() {
        assertThat(check("").fileProblem()).hasValue("The file is empty.");
        assertThat(check("\n\n").fileProblem()).hasValue("The file is empty.");
        assertThat(check("displayName,email\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("no clients"));
        assertThat(ClientImportFile.check(new byte[ClientImportFile.MAX_BYTES + 1], ref -> false)
                        .fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("at most 512 KB"));
        String tooMany = "displayName,email\n" + "A,a@example.com\n".repeat(ClientImportFile.MAX_ROWS + 1);
        assertThat(check(tooMany).fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("at most " + ClientImportFile.MAX_ROWS));
        assertThat(check("displayName,email\n\"A,a@example.com\n").fileProblem())
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("Line 2 cannot be read"));
    }
}
