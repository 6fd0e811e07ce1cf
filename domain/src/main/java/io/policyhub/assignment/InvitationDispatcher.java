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
 * Sends the current practice's due e-mails. Each gets a fresh personal link, created in the same transaction
 * as the send is recorded; if the transport fails, the link is revoked at once and the e-mail retried later.
 */
public class InvitationDispatcher {

    private static final int BATCH = 50;

    private final OutboundEmails outbox;
    private final PortalLinks links;
    private final Assignments assignments;
    private final Clients clients;
    private final Policies policies;
    private final Practices practices;
    private final Mailer mailer;
    private final Clock clock;
    private final Duration linkValidity;
    private final String portalBaseUrl;

    public InvitationDispatcher(
            OutboundEmails outbox,
            PortalLinks links,
            Assignments assignments,
            Clients clients,
            Policies policies,
            Practices practices,
            Mailer mailer,
            Clock clock,
            Duration linkValidity,
            String portalBaseUrl) {
        this.outbox = outbox;
        this.links = links;
        this.assignments = assignments;
        this.clients = clients;
        this.policies = policies;
        this.practices = practices;
        this.mailer = mailer;
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

    /** Sends the current practice's due e-mails; returns how many were handled (sent, failed or cancelled). */
    public int dispatchDue() {
        Instant now = clock.instant();
        var due = outbox.claimDue(now, BATCH);
        for (OutboundEmail email : due) {
            dispatch(email, now);
            outbox.save(email);
        }
        return due.size();
    }

    private void dispatch(OutboundEmail email, Instant now) {
        Optional<Client> client = clients.findById(email.clientId());
        Optional<Policy> policy = policies.findById(email.policyId());
        Optional<Practice> practice = practices.findById(email.practiceId());
        boolean stillWanted = client.isPresent()
                && practice.isPresent()
                && policy.filter(p -> p.status() != PolicyStatus.ARCHIVED).isPresent()
                && assignments.find(email.policyId(), email.clientId()).isPresent();
        if (!stillWanted) {
            email.cancel();
            return;
        }
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
        try {
            mailer.send(message);
            email.sent(now);
        } catch (Mailer.MailFailure failure) {
            link.revoke(now);
            links.save(link);
            email.failed(failure.getMessage(), now);
        }
    }
}
