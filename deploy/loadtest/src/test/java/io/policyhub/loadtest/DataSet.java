package io.policyhub.loadtest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** The ids sql/generate.sql gives its rows: md5 of a fixed label, read as a UUID (as PostgreSQL's md5()::uuid). */
final class DataSet {

    /** Practice 1 of the data set is the local run's demo practice, Aurora: 10,000 clients. */
    static final UUID BIG_PRACTICE = UUID.fromString("a0a0a0a0-0000-4000-8000-000000000001");

    private DataSet() {}

    static UUID policyOf(int practice, int policy) {
        return md5Uuid("lt-policy-" + practice + "-" + policy);
    }

    private static UUID md5Uuid(String label) {
        try {
            String hex = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(label.getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
