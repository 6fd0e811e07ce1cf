package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.Acknowledgement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Acknowledgements as RFC 4180 CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or carriage return) are prefixed with an apostrophe: typed names are client input.
 */
final class AcknowledgementsCsv {

    static final String HEADER = "acknowledgementId,clientId,policyId,version,contentHash,acknowledgedAt,method,"
            + "fullName,ipAddress,userAgent,recordedBy\r\n";

    private AcknowledgementsCsv() {}

    static String row(Acknowledgement ack) {
        return Stream.of(
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
                                ack.recordedBy())
                        .map(AcknowledgementsCsv::cell)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    static String of(List<Acknowledgement> acknowledgements) {
        return HEADER + acknowledgements.stream().map(AcknowledgementsCsv::row).collect(Collectors.joining());
    }

    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
