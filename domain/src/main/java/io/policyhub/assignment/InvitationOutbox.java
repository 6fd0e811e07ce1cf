package io.policyhub.assignment;

import io.policyhub.client.Client;
import io.policyhub.client.Clients;
import io.policyhub.policy.Policies;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.Practices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transactional steps around sending one e-mail of the current practice; each public method is one
 * transaction. The sending itself happens between {@link #claimNext()} and {@link #recordSent}, outside any
 * transaction, so that the personal link is committed, and works, before the client can possibly click it.
 */
public class InvitationOutbox {

    /** How long a claimed e-mail waits for its outcome before another node may try it: well above SMTP's timeouts. */
    static final Duration SENDING_LEASE = Duration.ofMinutes(2);

    private final OutboundEmails outbox;
    private final PortalLinks links;
    private final Assignments assignments;
    private final Clients clients;
    private final Policies policies;
    private final Practices practices;
    private final Clock clock;
    private final Duration linkValidity;
    private final String portalBaseUrl;

    public InvitationOutbox(
            OutboundEmails outbox,
            PortalLinks links,
            Assignments assignments,
            Clients clients,
            Policies policies,
            Practices practices,
            Clock clock,
            Duration linkValidity,
            String portalBaseUrl) {
        this.outbox = outbox;
        this.links = links;
        this.assignments = assignments;
        this.clients = clients;
        this.policies = policies;
        this.practices = practices;
        this.clock = clock;
        this.linkValidity = linkValidity;
        this.portalBaseUrl =
                portalBaseUrl.endsWith("/") ? portalBaseUrl.substring(0, portalBaseUrl.length() - 1) : portalBaseUrl;
    }

    /** The practices with e-mail or reminders due now (run outside any practice's scope). */
    public Set<PracticeId> practicesWithWorkDue() {
        var practices = new LinkedHashSet<>(outbox.practicesWithDueEmail(clock.instant()));
        practices.addAll(assignments.practicesWithDueReminders());
        return practices;
    }

    /** Queues a reminder to every client of the current practice whose next reminder is due. */
    public int queueDueReminders() {
        Instant now = clock.instant();
        List<Assignment> due = assignments.dueReminders();
        for (Assignment assignment : due) {
            outbox.save(OutboundEmail.queue(
                    assignment.practiceId(), assignment.policyId(), assignment.clientId(), EmailKind.REMINDER, now));
            assignments.reminderQueued(assignment.policyId(), assignment.clientId());
        }
        return due.size();
    }

    /**
     * Claims the next due e-mail (skipped by every other node), issues its fresh personal link and composes it.
     * E-mails no longer wanted (client erased, policy archived, assignment withdrawn) are cancelled on the way.
     */
    public Optional<ClaimedEmail> claimNext() {
        Instant now = clock.instant();
        List<OutboundEmail> due;
        while (!(due = outbox.claimDue(now, 1)).isEmpty()) {
            OutboundEmail email = due.get(0);
            Optional<ClaimedEmail> claimed = compose(email, now);
            outbox.save(email);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    public void recordSent(ClaimedEmail claimed) {
        claimed.email().sent(clock.instant());
        outbox.save(claimed.email());
    }

    /** The transport refused: the unsent link is revoked at once, and the e-mail retried later with a new one. */
    public void recordFailure(ClaimedEmail claimed, String error) {
        Instant now = clock.instant();
        claimed.link().revoke(now);
        links.save(claimed.link());
        claimed.email().failed(error, now);
        outbox.save(claimed.email());
    }

    private Optional<ClaimedEmail> compose(OutboundEmail email, Instant now) {
        Optional<Client> client = clients.findById(email.clientId());
        Optional<Policy> policy = policies.findById(email.policyId());
        Optional<Practice> practice = practices.findById(email.practiceId());
        boolean stillWanted = client.isPresent()
                && practice.isPresent()
                && policy.filter(p -> p.status() != PolicyStatus.ARCHIVED).isPresent()
                && assignments.find(email.policyId(), email.clientId()).isPresent();
        if (!stillWanted) {
            email.cancel();
            return Optional.empty();
        }
        email.claim(now, SENDING_LEASE);
        PortalToken token = PortalToken.generate();
        PortalLink link = PortalLink.issue(
                email.practiceId(), email.policyId(), email.clientId(), token, now, now.plus(linkValidity));
        links.save(link);
        Email message = InvitationEmails.compose(
                email.kind(),
                practice.get(),
                client.get(),
                policy.get().title(),
                portalBaseUrl + "/portal/" + token.value(),
                link.expiresAt());
        return Optional.of(new ClaimedEmail(email, link, message));
    }

    /** An e-mail taken for sending, with the link it carries. */
    public record ClaimedEmail(OutboundEmail email, PortalLink link, Email message) {}
}
