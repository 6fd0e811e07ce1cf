package io.policyhub.evidence.api;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written straight to its destination, one file after the other, remembering the SHA-256 and size of
 * each so the manifest written last can list them all. Only those small manifest lines are kept in memory.
 */
final class BundleZip {

    private final ZipOutputStream zip;
    private final List<ManifestEntry> written = new ArrayList<>();

    BundleZip(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    void add(String path, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        var entry = new DigestingStream(zip);
        content.writeTo(entry);
        zip.closeEntry();
        written.add(new ManifestEntry(path, entry.sha256(), entry.bytes));
    }

    void add(String path, byte[] content) throws IOException {
        add(path, out -> out.write(content));
    }

    /** Every file added so far, in order. */
    List<ManifestEntry> entries() {
        return List.copyOf(written);
    }

    /** Adds the last file (not listed in the manifest, being the manifest) and ends the archive. */
    void finish(String path, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        content.writeTo(new DigestingStream(zip));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    record ManifestEntry(String path, String sha256, long bytes) {}

    /** Digests and counts what passes through; closing it leaves the archive open for the next file. */
    private static final class DigestingStream extends FilterOutputStream {

        private final MessageDigest digest;
        private long bytes;

        DigestingStream(OutputStream out) {
            super(out);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
            digest.update(buffer, offset, length);
            bytes += length;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
