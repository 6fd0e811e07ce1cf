package io.policyhub.audit;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.Optional;

/** Reading and verifying the current practice's hash-chained audit trail. */
public class AuditManagement {

    private final AuditTrail trail;

    public AuditManagement(AuditTrail trail) {
        this.trail = trail;
    }

    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        return trail.list(filter, page);
    }

    /** Recomputes the whole chain: any altered or removed entry breaks it from that point on. */
    public AuditVerification verify() {
        var check = new ChainCheck();
        trail.forEachInOrder(check);
        return new AuditVerification(check.firstBrokenAt.isEmpty(), check.entries, check.firstBrokenAt);
    }

    private static final class ChainCheck implements java.util.function.Consumer<AuditEntry> {

        private long entries;
        private long expectedSeq = 1;
        private String expectedPrevHash = AuditEntry.GENESIS;
        private Optional<Long> firstBrokenAt = Optional.empty();

        @Override
        public void accept(AuditEntry entry) {
            entries++;
            boolean intact = entry.seq() == expectedSeq
                    && entry.prevHash().equals(expectedPrevHash)
                    && entry.hash().equals(AuditEntry.hashOf(entry.prevHash(), entry.payload()))
                    && entry.fieldsMatchPayload();
            if (!intact && firstBrokenAt.isEmpty()) {
                firstBrokenAt = Optional.of(entry.seq());
            }
            expectedSeq = entry.seq() + 1;
            expectedPrevHash = entry.hash();
        }
    }
}
