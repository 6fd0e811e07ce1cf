package io.policyhub.acknowledgement;

import io.policyhub.assignment.PortalLink;
import io.policyhub.assignment.PortalLinks;
import io.policyhub.assignment.PortalToken;
import io.policyhub.client.Clients;
import io.policyhub.policy.Policies;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.Practice;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.Practices;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client does through their personal link: read the version that binds them and acknowledge it.
 * Runs inside the tenant scope of the link's practice.
 */
public class PortalAcknowledgement {

    private final PortalLinks links;
    private final Policies policies;
    private final Clients clients;
    private final Practices practices;
    private final Acknowledgements acknowledgements;
    private final Clock clock;

    public PortalAcknowledgement(
            PortalLinks links,
            Policies policies,
            Clients clients,
            Practices practices,
            Acknowledgements acknowledgements,
            Clock clock) {
        this.links = links;
        this.policies = policies;
        this.clients = clients;
        this.practices = practices;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    /** Which practice's scope a request with this token must run in; empty for a token nobody issued. */
    public Optional<PracticeId> practiceOf(PortalToken token) {
        return links.practiceOf(token.hash());
    }

    public PortalView view(PortalToken token) {
        PortalLink link = usableLink(token);
        PolicyVersion version = currentVersion(link);
        Practice practice = practiceOf(link);
        return new PortalView(
                practice.name(),
                practice.contactEmail(),
                version,
                acknowledgements.find(link.clientId(), link.policyId(), version.number()),
                practice.brandColour(),
                practice.logo());
    }

    public RecordedAcknowledgement acknowledge(PortalToken token, PortalAgreement agreement, RequestOrigin origin) {
        PortalLink link = usableLink(token);
        PolicyVersion version = currentVersion(link);
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
        return acknowledgements.recordIfAbsent(acknowledgement);
    }

    private PortalLink usableLink(PortalToken token) {
        PortalLink link = links.findByTokenHash(token.hash()).orElseThrow(PortalLinkNotFound::create);
        Instant now = clock.instant();
        if (link.revoked() || clients.findById(link.clientId()).isEmpty()) {
            Practice practice = practiceOf(link);
            throw PortalLinkUnusable.revoked(practice.name(), practice.contactEmail());
        }
        if (!link.usableAt(now)) {
            Practice practice = practiceOf(link);
            throw PortalLinkUnusable.expired(practice.name(), practice.contactEmail());
        }
        return link;
    }

    private Practice practiceOf(PortalLink link) {
        return practices.findById(link.practiceId()).orElseThrow(PortalLinkNotFound::create);
    }

    private PolicyVersion currentVersion(PortalLink link) {
        Policy policy = policies.findById(link.policyId()).orElseThrow(PortalLinkNotFound::create);
        if (policy.status() == PolicyStatus.ARCHIVED) {
            Practice practice = practiceOf(link);
            throw PortalLinkUnusable.revoked(practice.name(), practice.contactEmail());
        }
        int number = policy.latestVersion().orElseThrow(PortalLinkNotFound::create);
        return policies.findVersion(policy.id(), number).orElseThrow(PortalLinkNotFound::create);
    }
}
