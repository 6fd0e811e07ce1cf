package io.policyhub.acknowledgement;

import io.policyhub.shared.CsvCells;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Acknowledgements as RFC 4180 CSV for spreadsheets and records, the same for the API and the admin pages.
 * Typed names are client input, so cells are written formula-safe ({@link CsvCells}).
 */
public final class AcknowledgementsCsv {

    public static final String HEADER = "acknowledgementId,clientId,policyId,version,contentHash,acknowledgedAt,"
            + "method,fullName,ipAddress,userAgent,recordedBy\r\n";

    private AcknowledgementsCsv() {}

    static String row(Acknowledgement ack) {
        return CsvCells.row(Arrays.asList(
                ack.id().toString(),
                ack.clientId().toString(),
                ack.policyId().toString(),
                Integer.toString(ack.version()),
                ack.contentHash().hex(),
                ack.acknowledgedAt().toString(),
                ack.method().name(),
                ack.fullName(),
                ack.ipAddress(),
                ack.userAgent(),
                ack.recordedBy()));
    }

    public static String of(List<Acknowledgement> acknowledgements) {
        return HEADER + acknowledgements.stream().map(AcknowledgementsCsv::row).collect(Collectors.joining());
    }
}
