package io.policyhub.evidence;

import io.policyhub.acknowledgement.AcknowledgementCursor;
import io.policyhub.acknowledgement.Acknowledgements;
import io.policyhub.audit.AuditEntry;
import io.policyhub.audit.AuditSubject;
import io.policyhub.audit.AuditTrail;
import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyDocument;
import io.policyhub.policy.PolicyDocumentManagement;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeManagement;
import java.util.List;
import java.util.Optional;

/**
 * Reads what goes into an evidence bundle, one bounded page at a time (each its own short transaction), so a
 * bundle of any size streams out without being held in memory or holding a connection while it is written.
 */
public class EvidenceBundles {

    /** Most rows any single page may hold. */
    public static final int MAX_PAGE = 200;

    private final Acknowledgements acknowledgements;
    private final AuditTrail audit;
    private final ReceiptManagement receipts;
    private final ClientManagement clients;
    private final PolicyManagement policies;
    private final PracticeManagement practices;
    private final PolicyDocumentManagement documents;

    public EvidenceBundles(
            Acknowledgements acknowledgements,
            AuditTrail audit,
            ReceiptManagement receipts,
            ClientManagement clients,
            PolicyManagement policies,
            PracticeManagement practices,
            PolicyDocumentManagement documents) {
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.receipts = receipts;
        this.clients = clients;
        this.policies = policies;
        this.practices = practices;
        this.documents = documents;
    }

    /** @throws io.policyhub.client.ClientNotFound for a client this practice does not have */
    public EvidenceSubject ofClient(PracticeId practice, ClientId id) {
        Client client = clients.get(id);
        return new EvidenceSubject(
                AuditSubject.Kind.CLIENT, id.value(), client.displayName(), practiceName(practice), 0);
    }

    /** @throws io.policyhub.policy.PolicyNotFound for a policy this practice does not have */
    public EvidenceSubject ofPolicy(PracticeId practice, PolicyId id) {
        Policy policy = policies.get(id);
        return new EvidenceSubject(
                AuditSubject.Kind.POLICY,
                id.value(),
                policy.title(),
                practiceName(practice),
                policy.latestVersion().orElse(0));
    }

    /** Receipts for the client's acknowledgements after {@code after}, oldest first. */
    public List<Receipt> clientReceipts(ClientId client, Optional<AcknowledgementCursor> after, int limit) {
        return receipts.issueAll(acknowledgements.ofClient(client, after, bounded(limit)));
    }

    /** Receipts for the acknowledgements of one version of a policy after {@code after}, oldest first. */
    public List<Receipt> versionReceipts(
            PolicyId policy, int version, Optional<AcknowledgementCursor> after, int limit) {
        return receipts.issueAll(acknowledgements.ofVersion(policy, version, after, bounded(limit)));
    }

    public List<AuditEntry> auditEntries(AuditSubject subject, long afterSeq, int limit) {
        return audit.about(subject, afterSeq, bounded(limit));
    }

    public PolicyDocument version(PracticeId practice, PolicyId policy, int number) {
        return documents.document(practice, policy, number);
    }

    private String practiceName(PracticeId practice) {
        return practices.get(practice).name();
    }

    private static int bounded(int limit) {
        return Math.clamp(limit, 1, MAX_PAGE);
    }
}
