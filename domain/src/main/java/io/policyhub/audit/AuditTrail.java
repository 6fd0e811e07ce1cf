package io.policyhub.audit;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * The current practice's audit trail. Entries are appended by the database in the same transaction as each
 * change; the application only reads them.
 */
public interface AuditTrail {

    /** Newest first. */
    Page<AuditEntry> list(AuditFilter filter, PageRequest page);

    /** Every entry, oldest first, without holding them all in memory. */
    void forEachInOrder(Consumer<AuditEntry> consumer);

    /** The entries about a client or a policy after sequence number {@code afterSeq}, oldest first. */
    List<AuditEntry> about(AuditSubject subject, long afterSeq, int limit);
}
