package io.policyhub.acknowledgement.persistence;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementCursor;
import io.policyhub.acknowledgement.Acknowledgements;
import io.policyhub.acknowledgement.RecordedAcknowledgement;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.persistence.Pages;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JpaAcknowledgements implements Acknowledgements {

    // A double-submitted form races two inserts; the unique key lets exactly one win and the other read it.
    private static final String INSERT_ONCE = """
            insert into acknowledgement (practice_id, id, client_id, policy_id, version, content_hash, acknowledged_at,
                                         method, full_name, ip_address, user_agent, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (practice_id, client_id, policy_id, version) do nothing""";

    // Keyset pages in time order: index range scans that stay cheap however deep the page, and that new
    // acknowledgements (always later) never shift.
    private static final String AFTER_CURSOR =
            " and (a.acknowledgedAt > :at or (a.acknowledgedAt = :at and a.id > :id))";
    private static final String IN_TIME_ORDER = " order by a.acknowledgedAt, a.id";

    private final AcknowledgementRepository repository;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    JpaAcknowledgements(AcknowledgementRepository repository, EntityManager entityManager, JdbcClient jdbc) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public RecordedAcknowledgement recordIfAbsent(Acknowledgement ack) {
        // Plain JDBC on the transaction's connection: the portal's hot path, where Hibernate's query layer cost
        // as much CPU as the rest of the insert's handling.
        int inserted = jdbc.sql(INSERT_ONCE)
                .param(ack.practiceId().value())
                .param(ack.id())
                .param(ack.clientId().value())
                .param(ack.policyId().value())
                .param(ack.version())
                .param(ack.contentHash().hex())
                .param(Timestamp.from(ack.acknowledgedAt()))
                .param(ack.method().name())
                .param(ack.fullName())
                .param(ack.ipAddress())
                .param(ack.userAgent())
                .param(ack.recordedBy())
                .update();
        if (inserted == 1) {
            return new RecordedAcknowledgement(ack, true);
        }
        Acknowledgement existing = find(ack.clientId(), ack.policyId(), ack.version())
                .orElseThrow(() -> new IllegalStateException("acknowledgement conflicted but cannot be read"));
        return new RecordedAcknowledgement(existing, false);
    }

    @Override
    public Optional<Acknowledgement> find(ClientId client, PolicyId policy, int version) {
        return repository
                .findByClientIdAndPolicyIdAndVersion(client.value(), policy.value(), version)
                .map(AcknowledgementEntity::toDomain);
    }

    @Override
    public Optional<Acknowledgement> findById(UUID id) {
        return repository.findById(id).map(AcknowledgementEntity::toDomain);
    }

    @Override
    public List<Acknowledgement> ofClient(ClientId client, Optional<AcknowledgementCursor> after, int limit) {
        var query = entityManager.createQuery(
                "select a from AcknowledgementEntity a where a.clientId = :client"
                        + (after.isPresent() ? AFTER_CURSOR : "")
                        + IN_TIME_ORDER,
                AcknowledgementEntity.class);
        query.setParameter("client", client.value());
        return page(query, after, limit);
    }

    @Override
    public List<Acknowledgement> ofVersion(
            PolicyId policy, int version, Optional<AcknowledgementCursor> after, int limit) {
        var query = entityManager.createQuery(
                "select a from AcknowledgementEntity a where a.policyId = :policy and a.version = :version"
                        + (after.isPresent() ? AFTER_CURSOR : "")
                        + IN_TIME_ORDER,
                AcknowledgementEntity.class);
        query.setParameter("policy", policy.value()).setParameter("version", version);
        return page(query, after, limit);
    }

    private static List<Acknowledgement> page(
            TypedQuery<AcknowledgementEntity> query, Optional<AcknowledgementCursor> after, int limit) {
        after.ifPresent(
                cursor -> query.setParameter("at", cursor.acknowledgedAt()).setParameter("id", cursor.id()));
        return query.setMaxResults(limit).getResultList().stream()
                .map(AcknowledgementEntity::toDomain)
                .toList();
    }

    @Override
    public Page<Acknowledgement> forPolicy(PolicyId policy, Optional<Integer> version, PageRequest page) {
        var result = version.map(v -> repository.findByPolicyIdAndVersionOrderByAcknowledgedAtDescIdAsc(
                        policy.value(), v, Pages.of(page)))
                .orElseGet(
                        () -> repository.findByPolicyIdOrderByAcknowledgedAtDescIdAsc(policy.value(), Pages.of(page)));
        return Page.of(result.map(AcknowledgementEntity::toDomain).getContent(), page, result.getTotalElements());
    }

    @Override
    public Page<Acknowledgement> forClient(ClientId client, PageRequest page) {
        var result = repository.findByClientIdOrderByAcknowledgedAtDescIdAsc(client.value(), Pages.of(page));
        return Page.of(result.map(AcknowledgementEntity::toDomain).getContent(), page, result.getTotalElements());
    }
}
