package io.policyhub.assignment;

import io.policyhub.practice.PracticeId;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the current practice's due e-mails, one at a time: claim (a transaction), hand to the transport (no
 * transaction: SMTP may take seconds and must not hold a connection or locks), record the outcome (a
 * transaction). Deliberately not transactional itself; its {@link InvitationOutbox} is.
 */
public class InvitationDispatcher {

    private static final int BATCH = 50;

    private final InvitationOutbox outbox;
    private final Mailer mailer;

    public InvitationDispatcher(InvitationOutbox outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    public Set<PracticeId> practicesWithWorkDue() {
        return outbox.practicesWithWorkDue();
    }

    public int queueDueReminders() {
        return outbox.queueDueReminders();
    }

    /** Sends up to a batch of the current practice's due e-mails; returns how many were sent or failed. */
    public int dispatchDue() {
        int handled = 0;
        Optional<InvitationOutbox.ClaimedEmail> next;
        while (handled < BATCH && (next = outbox.claimNext()).isPresent()) {
            InvitationOutbox.ClaimedEmail claimed = next.get();
            try {
                mailer.send(claimed.message());
                outbox.recordSent(claimed);
            } catch (Mailer.MailFailure failure) {
                outbox.recordFailure(claimed, failure.getMessage());
            }
            handled++;
        }
        return handled;
    }
}
