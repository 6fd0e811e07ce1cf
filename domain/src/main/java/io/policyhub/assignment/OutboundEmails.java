package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.time.Instant;
import java.util.List;

/** The current practice's e-mail outbox. */
public interface OutboundEmails {

    OutboundEmail save(OutboundEmail email);

    /**
     * Pending e-mails due at {@code now}, locked until the transaction ends and skipped by every other node
     * meanwhile, so that each is sent by exactly one.
     */
    List<OutboundEmail> claimDue(Instant now, int limit);

    /**
     * The practices with e-mail due at {@code now}. The one look-up across tenants, for a dispatcher that runs
     * outside any request and then works inside each practice's scope in turn.
     */
    List<PracticeId> practicesWithDueEmail(Instant now);

    /** A client's e-mails, newest first: their delivery and reminder history. */
    Page<OutboundEmail> forClient(ClientId client, PageRequest page);
}
