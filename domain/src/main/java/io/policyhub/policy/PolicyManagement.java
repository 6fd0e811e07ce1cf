package io.policyhub.policy;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.Actor;
import io.policyhub.shared.DomainEvents;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Drafting, publishing and archiving the current practice's policies. */
public class PolicyManagement {

    private final Policies policies;
    private final DomainEvents events;
    private final Clock clock;

    public PolicyManagement(Policies policies, DomainEvents events, Clock clock) {
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    public Policy createDraft(PracticeId practice, String title, String content) {
        return policies.save(Policy.draft(practice, title, content, clock.instant()));
    }

    public Policy get(PolicyId id) {
        return policies.findById(id).orElseThrow(() -> PolicyNotFound.of(id));
    }

    private Policy getForUpdate(PolicyId id) {
        return policies.findForUpdate(id).orElseThrow(() -> PolicyNotFound.of(id));
    }

    public Page<Policy> list(Optional<PolicyStatus> status, PageRequest page) {
        return policies.list(status, page);
    }

    public Policy editDraft(PolicyId id, String title, String content, long expectedRevision) {
        Policy policy = getForUpdate(id);
        policy.editDraft(title, content, expectedRevision, clock.instant());
        return policies.save(policy);
    }

    public PolicyVersion publish(
            PolicyId id, @Nullable String changeSummary, @Nullable ChangeKind kind, Actor publisher) {
        return publish(getForUpdate(id), changeSummary, kind, publisher);
    }

    /**
     * Publishes the draft only if it is still the revision the publisher reviewed, so a change another editor
     * saved in the meantime is never published unseen.
     *
     * @throws StaleDraft if the draft changed since {@code reviewedRevision}
     */
    public PolicyVersion publishReviewed(
            PolicyId id,
            long reviewedRevision,
            @Nullable String changeSummary,
            @Nullable ChangeKind kind,
            Actor publisher) {
        Policy policy = getForUpdate(id);
        policy.requireDraftRevision(reviewedRevision);
        return publish(policy, changeSummary, kind, publisher);
    }

    private PolicyVersion publish(
            Policy policy, @Nullable String changeSummary, @Nullable ChangeKind kind, Actor publisher) {
        PolicyVersion version = policy.publish(changeSummary, kind, publisher, clock.instant());
        policies.save(policy);
        policies.addVersion(version);
        events.publish(new PolicyPublished(policy.practiceId(), policy.id(), version.number(), version.changeKind()));
        return version;
    }

    public Policy archive(PolicyId id) {
        Policy policy = getForUpdate(id);
        policy.archive(clock.instant());
        return policies.save(policy);
    }

    public PolicyVersion version(PolicyId id, int number) {
        get(id);
        return policies.findVersion(id, number).orElseThrow(() -> PolicyNotFound.version(id, number));
    }

    public Page<PolicyVersion> versions(PolicyId id, PageRequest page) {
        get(id);
        return policies.versions(id, page);
    }
}
