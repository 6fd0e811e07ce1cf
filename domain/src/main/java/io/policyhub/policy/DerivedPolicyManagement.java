package io.policyhub.policy;

import io.policyhub.practice.PracticeId;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import io.policyhub.shared.Text;
import io.policyhub.template.MergeOutcome;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateId;
import io.policyhub.template.TemplateManagement;
import io.policyhub.template.TemplateVersion;
import io.policyhub.template.ThreeWayMerge;
import io.policyhub.template.VariableValues;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Policies derived from templates: creating them from a template version and the practice's values, telling
 * when the template has moved on, and upgrading their drafts by a three-way merge that keeps local edits.
 */
public class DerivedPolicyManagement {

    private final Policies policies;
    private final TemplateManagement templates;
    private final Clock clock;

    public DerivedPolicyManagement(Policies policies, TemplateManagement templates, Clock clock) {
        this.policies = policies;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Creates a draft from a library or practice template.
     *
     * @param version the template version to use; its newest when null
     * @param title the policy's title; the template's when null
     * @throws io.policyhub.shared.InvalidInput naming each bad variable as {@code variables.<name>}
     */
    public Policy createFromTemplate(
            PracticeId practice,
            TemplateId templateId,
            @Nullable Integer version,
            @Nullable String title,
            Map<String, ?> variables) {
        Template template = templates.locate(templateId);
        TemplateVersion source =
                version != null ? templates.version(template.ref(), version) : templates.latest(template.ref());
        VariableValues values = source.content().schema().resolve(variables);
        String policyTitle = title == null || title.isBlank() ? source.content().title() : title;
        var origin = new TemplateOrigin(template.ref(), source.number(), values);
        Policy policy = Policy.fromTemplate(practice, policyTitle, source.render(values), origin, clock.instant());
        return policies.save(policy);
    }

    /** How the policy's template version compares with the template's newest; empty for policies without one. */
    public Optional<TemplateStatus> templateStatus(Policy policy) {
        return policy.templateOrigin()
                .map(origin -> new TemplateStatus(
                        origin, templates.get(origin.template()).latestVersion().orElse(origin.version())));
    }

    /** Proposes the policy's draft merged with the template's newest version; nothing is saved. */
    public TemplateUpgrade proposeUpgrade(PolicyId id) {
        return propose(policies.findById(id).orElseThrow(() -> PolicyNotFound.of(id)));
    }

    /**
     * Applies the proposed upgrade as the next draft revision, or the editor's resolution of its conflicts.
     *
     * @param resolvedContent the editor's text when the proposal had conflicts; null to apply a clean merge
     * @throws StaleDraft if the draft moved on from {@code expectedRevision}
     * @throws StateConflict if the merge has conflicts and no resolution was given
     */
    public Policy applyUpgrade(PolicyId id, long expectedRevision, @Nullable String resolvedContent) {
        Policy policy = policies.findForUpdate(id).orElseThrow(() -> PolicyNotFound.of(id));
        if (expectedRevision != policy.draftRevision()) {
            throw StaleDraft.of(id, expectedRevision, policy.draftRevision());
        }
        TemplateUpgrade upgrade = propose(policy);
        String content;
        if (resolvedContent != null) {
            content = resolvedContent;
            requireNoMarkers(content);
        } else if (upgrade.merge().clean()) {
            content = upgrade.merge().text();
        } else {
            throw StateConflict.of(
                    "template-upgrade-conflicts",
                    "The upgrade of policy " + id + " to template version " + upgrade.toVersion() + " has "
                            + upgrade.merge().conflicts().size()
                            + " conflict(s). Resolve them and send the resolved content.");
        }
        TemplateOrigin from = policy.templateOrigin().orElseThrow();
        TemplateVersion target = templates.version(from.template(), upgrade.toVersion());
        var origin = new TemplateOrigin(
                from.template(), target.number(), target.content().schema().carryOver(from.variables()));
        policy.upgradeTemplate(content, origin, expectedRevision, clock.instant());
        return policies.save(policy);
    }

    private TemplateUpgrade propose(Policy policy) {
        TemplateOrigin origin = policy.templateOrigin()
                .orElseThrow(() -> StateConflict.of(
                        "policy-not-from-template", "Policy " + policy.id() + " was not created from a template."));
        TemplateVersion newest = templates.latest(origin.template());
        if (newest.number() <= origin.version()) {
            throw StateConflict.of(
                    "template-up-to-date",
                    "Policy " + policy.id() + " already follows the newest template version " + origin.version() + ".");
        }
        TemplateVersion old = templates.version(origin.template(), origin.version());
        String base = old.render(origin.variables());
        String theirs = newest.render(newest.content().schema().carryOver(origin.variables()));
        MergeOutcome merge = ThreeWayMerge.merge(
                base, policy.draftContent(), theirs, "current draft", "template version " + newest.number());
        return new TemplateUpgrade(policy.id(), policy.draftRevision(), origin.version(), newest.number(), merge);
    }

    private static void requireNoMarkers(String content) {
        Text.required("content", content, Policy.MAX_CONTENT);
        if (content.lines().anyMatch(line -> line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> "))) {
            throw InvalidInput.of("content", "still contains conflict markers");
        }
    }
}
