package io.policyhub.acknowledgement;

import io.policyhub.assignment.Assignments;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.client.Clients;
import io.policyhub.policy.Policies;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.shared.Actor;
import io.policyhub.shared.DomainEvents;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recording acknowledgements given outside the portal, listing the evidence and measuring compliance. */
public class AcknowledgementManagement {

    private final Acknowledgements acknowledgements;
    private final ComplianceQueries compliance;
    private final Policies policies;
    private final Clients clients;
    private final Assignments assignments;
    private final PolicyManagement policyManagement;
    private final ClientManagement clientManagement;
    private final DomainEvents events;
    private final Clock clock;

    public AcknowledgementManagement(
            Acknowledgements acknowledgements,
            ComplianceQueries compliance,
            Policies policies,
            Clients clients,
            Assignments assignments,
            PolicyManagement policyManagement,
            ClientManagement clientManagement,
            DomainEvents events,
            Clock clock) {
        this.acknowledgements = acknowledgements;
        this.compliance = compliance;
        this.policies = policies;
        this.clients = clients;
        this.assignments = assignments;
        this.policyManagement = policyManagement;
        this.clientManagement = clientManagement;
        this.events = events;
        this.clock = clock;
    }

    public RecordedAcknowledgement recordOnBehalf(StaffAcknowledgement request, Actor actor) {
        if (request.method() == AcknowledgementMethod.PORTAL) {
            throw InvalidInput.of("method", "must be IN_PERSON or API: portal acknowledgements come from the client");
        }
        if (clients.findById(request.clientId()).isEmpty()) {
            throw InvalidInput.of("clientId", "no client " + request.clientId() + " in this practice");
        }
        Policy policy = policies.findById(request.policyId())
                .orElseThrow(
                        () -> InvalidInput.of("policyId", "no policy " + request.policyId() + " in this practice"));
        int number = request.version()
                .or(policy::latestVersion)
                .orElseThrow(() -> InvalidInput.of("policyId", "the policy has no published version"));
        PolicyVersion version = policies.findVersion(policy.id(), number)
                .orElseThrow(() -> InvalidInput.of("version", "the policy has no published version " + number));
        if (assignments.find(policy.id(), request.clientId()).isEmpty()) {
            throw StateConflict.of(
                    "client-not-assigned",
                    "Client " + request.clientId() + " is not assigned policy " + policy.id() + ".");
        }
        var acknowledgement = new Acknowledgement(
                UUID.randomUUID(),
                policy.practiceId(),
                request.clientId(),
                policy.id(),
                version.number(),
                version.contentHash(),
                clock.instant(),
                request.method(),
                request.fullName(),
                null,
                null,
                actor.id());
        return record(acknowledgement);
    }

    public Page<Acknowledgement> forPolicy(PolicyId policy, Optional<Integer> version, PageRequest page) {
        policyManagement.get(policy);
        return acknowledgements.forPolicy(policy, version, page);
    }

    /** Every acknowledgement of the policy, all versions, newest first: for exports such as CSV. */
    public List<Acknowledgement> allForPolicy(PolicyId policy) {
        policyManagement.get(policy);
        var all = new ArrayList<Acknowledgement>();
        var page = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<Acknowledgement> batch = acknowledgements.forPolicy(policy, Optional.empty(), page);
            all.addAll(batch.items());
            if (page.offset() + page.size() >= batch.total()) {
                return all;
            }
            page = new PageRequest(page.page() + 1, page.size());
        }
    }

    public Page<Acknowledgement> forClient(ClientId client, PageRequest page) {
        clientManagement.get(client);
        return acknowledgements.forClient(client, page);
    }

    public Compliance compliance(PolicyId policyId, PageRequest page) {
        Policy policy = policyManagement.get(policyId);
        Optional<Integer> binding = policies.bindingVersion(policyId);
        if (binding.isEmpty()) {
            long assigned = compliance.counts(policyId, Integer.MAX_VALUE).assigned();
            return new Compliance(
                    Optional.empty(), Optional.empty(), assigned, 0, assigned, 0, Page.of(List.of(), page, 0));
        }
        ComplianceQueries.ComplianceStanding standing = compliance.standing(policyId, binding.get(), page);
        ComplianceQueries.ComplianceCounts counts = standing.counts();
        long outstanding = counts.assigned() - counts.acknowledged();
        Page<OutstandingClient> outstandingClients = Page.of(standing.outstanding(), page, outstanding);
        return new Compliance(
                policy.latestVersion(),
                binding,
                counts.assigned(),
                counts.acknowledged(),
                outstanding,
                counts.overdue(),
                outstandingClients);
    }

    private RecordedAcknowledgement record(Acknowledgement acknowledgement) {
        RecordedAcknowledgement recorded = acknowledgements.recordIfAbsent(acknowledgement);
        if (recorded.created()) {
            events.publish(AcknowledgementRecorded.of(recorded.acknowledgement()));
        }
        return recorded;
    }
}
