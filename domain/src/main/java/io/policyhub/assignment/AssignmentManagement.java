package io.policyhub.assignment;

import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientNotFound;
import io.policyhub.client.Clients;
import io.policyhub.policy.Policies;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyNotFound;
import io.policyhub.policy.PolicyPublished;
import io.policyhub.shared.Actor;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.InvalidInput.FieldError;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Asks clients to acknowledge policies by issuing their personal portal links. */
public class AssignmentManagement {

    private final Assignments assignments;
    private final PortalLinks links;
    private final OutboundEmails outbox;
    private final Policies policies;
    private final Clients clients;
    private final Clock clock;
    private final Duration linkValidity;

    public AssignmentManagement(
            Assignments assignments,
            PortalLinks links,
            OutboundEmails outbox,
            Policies policies,
            Clients clients,
            Clock clock,
            Duration linkValidity) {
        this.assignments = assignments;
        this.links = links;
        this.outbox = outbox;
        this.policies = policies;
        this.clients = clients;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    /**
     * Assigns the policy to every target client. Idempotent: a client who already has a usable link keeps it.
     * Unknown clients fail the whole request before anything is written.
     */
    public List<AssignmentOutcome> assign(PolicyId policyId, AssignmentTarget target, Actor actor) {
        Policy policy = policies.findById(policyId).orElseThrow(() -> PolicyNotFound.of(policyId));
        policy.requireAssignable();
        List<ClientId> clientIds = target.allClients() ? clients.allIds() : existingClients(target.clientIds());
        Instant now = clock.instant();
        List<AssignmentOutcome> outcomes = new ArrayList<>();
        for (ClientId client : clientIds) {
            outcomes.add(assignOne(policy, client, actor, now));
        }
        return outcomes;
    }

    private List<ClientId> existingClients(List<ClientId> requested) {
        var unique = new LinkedHashSet<>(requested);
        Map<ClientId, Client> found =
                clients.findAll(unique).stream().collect(Collectors.toMap(Client::id, Function.identity()));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!found.containsKey(requested.get(i))) {
                unknown.add(
                        new FieldError("clientIds[" + i + "]", "no client " + requested.get(i) + " in this practice"));
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInput.of(unknown);
        }
        return List.copyOf(unique);
    }

    private AssignmentOutcome assignOne(Policy policy, ClientId client, Actor actor, Instant now) {
        Optional<Assignment> existing = assignments.find(policy.id(), client);
        if (existing.isEmpty()) {
            assignments.save(new Assignment(policy.practiceId(), policy.id(), client, now, actor.id()));
            return issueLink(policy, client, AssignmentStatus.ASSIGNED, now);
        }
        List<PortalLink> usable = links.usableLinks(policy.id(), client, now);
        if (usable.isEmpty()) {
            return issueLink(policy, client, AssignmentStatus.LINK_REISSUED, now);
        }
        Instant expiresAt = usable.stream()
                .map(PortalLink::expiresAt)
                .max(Instant::compareTo)
                .orElseThrow();
        return new AssignmentOutcome(client, AssignmentStatus.ALREADY_ASSIGNED, Optional.empty(), expiresAt);
    }

    private AssignmentOutcome issueLink(Policy policy, ClientId client, AssignmentStatus status, Instant now) {
        outbox.save(OutboundEmail.queue(policy.practiceId(), policy.id(), client, EmailKind.INVITATION, now));
        PortalToken token = PortalToken.generate();
        PortalLink link =
                PortalLink.issue(policy.practiceId(), policy.id(), client, token, now, now.plus(linkValidity));
        links.save(link);
        return new AssignmentOutcome(client, status, Optional.of(token), link.expiresAt());
    }

    /** Queues the client's link to be e-mailed again (a fresh link; earlier ones keep working). */
    public void resend(PolicyId policyId, ClientId client) {
        Policy policy = policies.findById(policyId).orElseThrow(() -> PolicyNotFound.of(policyId));
        policy.requireAssignable();
        assignments.find(policyId, client).orElseThrow(() -> AssignmentNotFound.of(policyId, client));
        outbox.save(OutboundEmail.queue(policy.practiceId(), policyId, client, EmailKind.RESENT, clock.instant()));
    }

    /** After a MAJOR version, every assigned client is e-mailed and asked to agree again. */
    public void inviteToNewVersion(PolicyPublished published) {
        if (!published.asksClientsAgain()) {
            return;
        }
        Instant now = clock.instant();
        assignments.askAgain(published.policyId(), now);
        for (ClientId client : assignments.clientsOf(published.policyId())) {
            outbox.save(OutboundEmail.queue(
                    published.practiceId(), published.policyId(), client, EmailKind.NEW_VERSION, now));
        }
    }

    /** The client's e-mails with their delivery state: queued, sent, retried, failed. */
    public Page<OutboundEmail> emailHistory(ClientId client, PageRequest page) {
        clients.findById(client).orElseThrow(() -> ClientNotFound.of(client));
        return outbox.forClient(client, page);
    }

    /** Withdraws the assignment and revokes every link the client had for this policy. */
    public void unassign(PolicyId policyId, ClientId client) {
        policies.findById(policyId).orElseThrow(() -> PolicyNotFound.of(policyId));
        assignments.find(policyId, client).orElseThrow(() -> AssignmentNotFound.of(policyId, client));
        Instant now = clock.instant();
        for (PortalLink link : links.usableLinks(policyId, client, now)) {
            link.revoke(now);
            links.save(link);
        }
        assignments.delete(policyId, client);
    }
}
