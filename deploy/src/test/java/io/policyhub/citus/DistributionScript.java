package io.policyhub.citus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calls of deploy/citus/distribute.sql, in the order they run. */
record DistributionScript(List<Call> calls) {

    static final Path LOCATION = Path.of("citus", "distribute.sql");

    private static final Pattern CALL = Pattern.compile(
            "^\\s*select\\s+create_(distributed|reference)_table\\(\\s*'(\\w+)'(?:\\s*,\\s*'(\\w+)')?",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    static DistributionScript read() throws IOException {
        String script = Files.readString(LOCATION);
        var calls = new ArrayList<Call>();
        Matcher matcher = CALL.matcher(script);
        while (matcher.find()) {
            boolean distributed = matcher.group(1).equalsIgnoreCase("distributed");
            calls.add(new Call(matcher.group(2), distributed, distributed ? matcher.group(3) : null));
        }
        return new DistributionScript(List.copyOf(calls));
    }

    List<String> distributed() {
        return calls.stream().filter(Call::distributed).map(Call::table).toList();
    }

    List<String> reference() {
        return calls.stream()
                .filter(call -> !call.distributed())
                .map(Call::table)
                .toList();
    }

    int position(String table) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).table().equals(table)) {
                return i;
            }
        }
        return -1;
    }

    /** One create_distributed_table (with its distribution column) or create_reference_table call. */
    record Call(String table, boolean distributed, String column) {}
}
