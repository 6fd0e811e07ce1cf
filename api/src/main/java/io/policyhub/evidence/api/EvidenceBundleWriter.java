package io.policyhub.evidence.api;

import io.policyhub.acknowledgement.AcknowledgementCursor;
import io.policyhub.audit.AuditEntry;
import io.policyhub.audit.AuditSubject;
import io.policyhub.client.ClientId;
import io.policyhub.evidence.EvidenceBundles;
import io.policyhub.evidence.EvidenceSubject;
import io.policyhub.evidence.Receipt;
import io.policyhub.policy.PolicyDocument;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.api.VersionPdf;
import io.policyhub.practice.PracticeId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an evidence bundle as a ZIP: the acknowledged policy versions as PDF, each acknowledgement's receipt (PDF
 * and JWS), the subject's audit extract and a manifest of every file's SHA-256. Everything is read in pages and
 * written as it comes, so memory stays flat whatever the size of the practice.
 */
@Component
class EvidenceBundleWriter {

    static final String MANIFEST = "manifest.json";

    private final EvidenceBundles bundles;
    private final ReceiptDocuments receipts;
    private final ReceiptLinks links;
    private final Clock clock;
    private final int pageSize;
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param pageSize rows read per transaction: acknowledgements (signed and rendered) or audit entries */
    EvidenceBundleWriter(
            EvidenceBundles bundles,
            ReceiptDocuments receipts,
            ReceiptLinks links,
            Clock clock,
            @Value("${policyhub.evidence.bundle-page-size:100}") int pageSize) {
        this.bundles = bundles;
        this.receipts = receipts;
        this.links = links;
        this.clock = clock;
        this.pageSize = Math.clamp(pageSize, 1, EvidenceBundles.MAX_PAGE);
    }

    void write(PracticeId practice, EvidenceSubject subject, OutputStream out) throws IOException {
        Instant generatedAt = clock.instant();
        var zip = new BundleZip(out);
        zip.add("README.txt", readme(practice, subject, generatedAt).getBytes(StandardCharsets.UTF_8));
        var versionsWritten = new HashSet<String>();
        switch (subject.kind()) {
            case CLIENT -> writeClientReceipts(zip, practice, new ClientId(subject.id()), versionsWritten);
            case POLICY -> {
                for (int version = 1; version <= subject.latestVersion(); version++) {
                    writeVersionReceipts(zip, practice, new PolicyId(subject.id()), version, versionsWritten);
                }
            }
        }
        zip.add("audit/audit-extract.jsonl", stream -> writeAudit(subject.auditSubject(), stream));
        zip.finish(MANIFEST, stream -> writeManifest(practice, subject, generatedAt, zip.entries(), stream));
    }

    private void writeClientReceipts(BundleZip zip, PracticeId practice, ClientId client, Set<String> versionsWritten)
            throws IOException {
        Optional<AcknowledgementCursor> after = Optional.empty();
        List<Receipt> page;
        do {
            page = bundles.clientReceipts(client, after, pageSize);
            for (Receipt receipt : page) {
                writeVersionOnce(zip, practice, receipt, versionsWritten);
                writeReceipt(zip, receipt);
            }
            after = cursorAfter(page);
        } while (page.size() == pageSize);
    }

    private void writeVersionReceipts(
            BundleZip zip, PracticeId practice, PolicyId policy, int version, Set<String> versionsWritten)
            throws IOException {
        Optional<AcknowledgementCursor> after = Optional.empty();
        List<Receipt> page;
        do {
            page = bundles.versionReceipts(policy, version, after, pageSize);
            for (Receipt receipt : page) {
                writeVersionOnce(zip, practice, receipt, versionsWritten);
                writeReceipt(zip, receipt);
            }
            after = cursorAfter(page);
        } while (page.size() == pageSize);
    }

    private static Optional<AcknowledgementCursor> cursorAfter(List<Receipt> page) {
        return page.isEmpty()
                ? Optional.empty()
                : Optional.of(new AcknowledgementCursor(
                        page.getLast().claims().acknowledgedAt(),
                        page.getLast().claims().acknowledgementId()));
    }

    /** Each acknowledged version once, just before the first receipt that refers to it. */
    private void writeVersionOnce(BundleZip zip, PracticeId practice, Receipt receipt, Set<String> versionsWritten)
            throws IOException {
        PolicyId policy = receipt.claims().policyId();
        int number = receipt.claims().version();
        if (versionsWritten.add(policy + "/" + number)) {
            PolicyDocument document = bundles.version(practice, policy, number);
            zip.add("versions/" + policy + "/" + VersionPdf.fileName(document), VersionPdf.render(document));
        }
    }

    private void writeReceipt(BundleZip zip, Receipt receipt) throws IOException {
        zip.add("receipts/" + receipt.fileName("pdf"), out -> receipts.writePdf(receipt, out));
        zip.add("receipts/" + receipt.fileName("jws"), receipt.jws().getBytes(StandardCharsets.US_ASCII));
    }

    /** One JSON object per line, with the payload and hashes that let anyone recompute each entry's hash. */
    private void writeAudit(AuditSubject subject, OutputStream out) throws IOException {
        long after = 0;
        List<AuditEntry> page;
        do {
            page = bundles.auditEntries(subject, after, pageSize);
            for (AuditEntry entry : page) {
                var line = new LinkedHashMap<String, Object>();
                line.put("seq", entry.seq());
                line.put("occurredAt", entry.occurredAt().toString());
                line.put("actor", entry.actor());
                line.put("event", entry.event());
                line.put("entityId", entry.entityId().map(Object::toString).orElse(null));
                line.put("details", json.readTree(entry.detailsJson()));
                line.put("payload", entry.payload());
                line.put("prevHash", entry.prevHash());
                line.put("hash", entry.hash());
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
                after = entry.seq();
            }
        } while (page.size() == pageSize);
    }

    private void writeManifest(
            PracticeId practice,
            EvidenceSubject subject,
            Instant generatedAt,
            List<BundleZip.ManifestEntry> files,
            OutputStream out)
            throws IOException {
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("format", "policyhub-evidence-bundle/1");
        manifest.put("generatedAt", generatedAt.toString());
        manifest.put("practice", fields("id", practice.toString(), "name", subject.practiceName()));
        manifest.put(
                "subject",
                fields(
                        "type",
                        subject.kind().name().toLowerCase(Locale.ROOT),
                        "id",
                        subject.id(),
                        "name",
                        subject.name()));
        manifest.put("receiptKeys", links.jwks(practice));
        manifest.put(
                "files",
                files.stream()
                        .map(file -> fields("path", file.path(), "sha256", file.sha256(), "bytes", file.bytes()))
                        .toList());
        out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }

    /** A JSON object with its fields in the order given, so manifests read the same every time. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private String readme(PracticeId practice, EvidenceSubject subject, Instant generatedAt) {
        String what = subject.kind() == AuditSubject.Kind.CLIENT ? "client" : "policy";
        return """
                Evidence bundle of %s: %s %s, generated %s (UTC).

                versions/    each policy version that was acknowledged, as PDF; every page's footer carries the
                             SHA-256 fingerprint of the exact text
                receipts/    one receipt per acknowledgement: a PDF to read and a .jws signed by the practice
                             (compact JWS, ES256)
                audit/       the audit trail entries about this %s, oldest first, one JSON object per line;
                             each entry's hash is SHA-256(prevHash + payload)
                %s  every other file with its SHA-256 and size in bytes

                Check a receipt's signature with the practice's public keys at
                %s
                Staff of the practice can confirm that a receipt still matches the stored records with
                POST %s
                """.formatted(
                        subject.practiceName(),
                        what,
                        subject.name(),
                        generatedAt,
                        what,
                        MANIFEST,
                        links.jwks(practice),
                        links.verify())
                .replace("\n", "\r\n");
    }
}
