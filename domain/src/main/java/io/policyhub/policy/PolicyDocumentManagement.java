package io.policyhub.policy;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeNotFound;
import io.policyhub.practice.Practices;
import java.time.Clock;

/** Policies as documents: importing existing ones, comparing versions, and the copies practices hand out. */
public class PolicyDocumentManagement {

    private final Policies policies;
    private final Practices practices;
    private final Clock clock;

    public PolicyDocumentManagement(Policies policies, Practices practices, Clock clock) {
        this.policies = policies;
        this.practices = practices;
        this.clock = clock;
    }

    /** Creates a draft from a policy the practice already has, written elsewhere. */
    public Policy importDraft(PracticeId practice, PolicyImport source) {
        ImportedDraft draft = source.toDraft();
        return policies.save(Policy.draft(practice, draft.title(), draft.content(), clock.instant()));
    }

    /** How version {@code number} differs from version {@code against}. */
    public VersionDiff diff(PolicyId id, int number, int against) {
        return VersionDiff.between(version(id, against), version(id, number));
    }

    public PolicyDocument document(PracticeId practice, PolicyId id, int number) {
        PolicyVersion version = version(id, number);
        String practiceName = practices
                .findById(practice)
                .orElseThrow(() -> PracticeNotFound.of(practice))
                .name();
        return new PolicyDocument(practiceName, version);
    }

    private PolicyVersion version(PolicyId id, int number) {
        policies.findById(id).orElseThrow(() -> PolicyNotFound.of(id));
        return policies.findVersion(id, number).orElseThrow(() -> PolicyNotFound.version(id, number));
    }
}
