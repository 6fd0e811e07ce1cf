package io.policyhub.acknowledgement;

import io.policyhub.acknowledgement.PortalLinkState.CurrentVersion;
import io.policyhub.assignment.PortalLink;
import io.policyhub.assignment.PortalToken;
import io.policyhub.policy.Policies;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.Practice;
import io.policyhub.practice.Practices;
import io.policyhub.shared.DomainEvents;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.util.UUID;

/**
 * What a client does through their personal link: read the version that binds them and acknowledge it.
 * Runs inside the tenant scope of the link's practice (see {@link PortalTokens}).
 */
public class PortalAcknowledgement {

    private final PortalLinkStates linkStates;
    private final Policies policies;
    private final Practices practices;
    private final Acknowledgements acknowledgements;
    private final DomainEvents events;
    private final Clock clock;

    public PortalAcknowledgement(
            PortalLinkStates linkStates,
            Policies policies,
            Practices practices,
            Acknowledgements acknowledgements,
            DomainEvents events,
            Clock clock) {
        this.linkStates = linkStates;
        this.policies = policies;
        this.practices = practices;
        this.acknowledgements = acknowledgements;
        this.events = events;
        this.clock = clock;
    }

    public PortalView view(PortalToken token) {
        PortalLinkState state = usableLink(token);
        CurrentVersion current = currentVersion(state);
        PortalLink link = state.link();
        PolicyVersion version =
                policies.findVersion(link.policyId(), current.number()).orElseThrow(PortalLinkNotFound::create);
        Practice practice = practiceOf(link);
        return new PortalView(
                practice.name(),
                practice.contactEmail(),
                practice.professionalBody(),
                version,
                acknowledgements.find(link.clientId(), link.policyId(), version.number()),
                practice.brandColour(),
                practice.logo());
    }

    /**
     * The branding of the practice a link belongs to, whether or not the link can still be used: the page that
     * says a link has expired should look like the practice's too. Unknown tokens have none.
     */
    public PortalBranding branding(PortalToken token) {
        PortalLinkState state = linkStates.findByTokenHash(token.hash()).orElseThrow(PortalLinkNotFound::create);
        return PortalBranding.of(practiceOf(state.link()));
    }

    public RecordedAcknowledgement acknowledge(PortalToken token, PortalAgreement agreement, RequestOrigin origin) {
        PortalLinkState state = usableLink(token);
        CurrentVersion version = currentVersion(state);
        PortalLink link = state.link();
        if (!Boolean.TRUE.equals(agreement.agreed())) {
            throw InvalidInput.of("agreed", "must be true: tick \"I have read and agree\" to acknowledge");
        }
        agreement.versionRead().filter(read -> read != version.number()).ifPresent(read -> {
            throw StateConflict.of(
                    "version-superseded",
                    "Version " + read + " has been replaced by version " + version.number()
                            + ". Please read the new version before agreeing.");
        });
        var acknowledgement = new Acknowledgement(
                UUID.randomUUID(),
                link.practiceId(),
                link.clientId(),
                link.policyId(),
                version.number(),
                version.contentHash(),
                clock.instant(),
                AcknowledgementMethod.PORTAL,
                agreement.fullName(),
                origin.ipAddress(),
                origin.userAgent(),
                "client:" + link.clientId());
        return record(acknowledgement);
    }

    private RecordedAcknowledgement record(Acknowledgement acknowledgement) {
        RecordedAcknowledgement recorded = acknowledgements.recordIfAbsent(acknowledgement);
        if (recorded.created()) {
            events.publish(AcknowledgementRecorded.of(recorded.acknowledgement()));
        }
        return recorded;
    }

    /** The link of this token if it may still be used; otherwise the reason, naming the practice to ask. */
    private PortalLinkState usableLink(PortalToken token) {
        PortalLinkState state = linkStates.findByTokenHash(token.hash()).orElseThrow(PortalLinkNotFound::create);
        PortalLink link = state.link();
        if (link.revoked() || !state.clientActive()) {
            Practice practice = practiceOf(link);
            throw PortalLinkUnusable.revoked(practice);
        }
        if (!link.usableAt(clock.instant())) {
            Practice practice = practiceOf(link);
            throw PortalLinkUnusable.expired(practice);
        }
        if (state.policyStatus() == PolicyStatus.ARCHIVED) {
            Practice practice = practiceOf(link);
            throw PortalLinkUnusable.revoked(practice);
        }
        return state;
    }

    private Practice practiceOf(PortalLink link) {
        return practices.findById(link.practiceId()).orElseThrow(PortalLinkNotFound::create);
    }

    private static CurrentVersion currentVersion(PortalLinkState state) {
        return state.currentVersion().orElseThrow(PortalLinkNotFound::create);
    }
}
