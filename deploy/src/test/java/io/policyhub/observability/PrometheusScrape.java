package io.policyhub.observability;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The samples of one Prometheus text-format scrape, by series ({@code name{labels}}). */
record PrometheusScrape(Map<String, Double> samples) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)");

    static PrometheusScrape parse(String text) {
        var samples = new TreeMap<String, Double>();
        text.lines().filter(line -> !line.startsWith("#")).forEach(line -> {
            Matcher matcher = SAMPLE.matcher(line);
            if (matcher.find()) {
                samples.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            }
        });
        return new PrometheusScrape(Map.copyOf(samples));
    }

    /** The value of the one series of {@code name} whose labels include {@code label} (e.g. method="portal"). */
    double value(String name, String label) {
        Map<String, Double> matching = samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> label.isEmpty() || e.getKey().contains(label))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (matching.size() != 1) {
            throw new AssertionError("expected one series " + name + " with " + label + ", found " + matching.keySet());
        }
        return matching.values().iterator().next();
    }

    double value(String name) {
        return value(name, "");
    }
}
