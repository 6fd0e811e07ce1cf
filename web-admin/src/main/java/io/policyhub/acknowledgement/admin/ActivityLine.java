package io.policyhub.acknowledgement.admin;

import io.policyhub.audit.AuditEntry;
import io.policyhub.practice.StaffRole;
import io.policyhub.practice.admin.InvitationForm;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One entry of the audit trail as a sentence for the dashboard's "recent activity". */
record ActivityLine(Instant at, String actor, String text) {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern POLICY = Pattern.compile("\"policyId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern MEMBER = Pattern.compile("\"member\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ROLE = Pattern.compile("\"role\"\\s*:\\s*\"([a-z-]+)\"");

    /** @param titles the titles of the practice's policies, to name them instead of showing ids */
    static ActivityLine of(AuditEntry entry, Map<UUID, String> titles) {
        String policy = entry.entityId()
                .map(titles::get)
                .or(() ->
                        find(POLICY, entry.detailsJson()).map(UUID::fromString).map(titles::get))
                .map(title -> "“" + title + "”")
                .orElse("a policy");
        String version = find(VERSION, entry.detailsJson())
                .map(n -> "version " + n + " of ")
                .orElse("");
        String text = switch (entry.event()) {
            case "POLICY_DRAFTED" -> "started the draft of " + policy;
            case "POLICY_DRAFT_EDITED" -> "edited the draft of " + policy;
            case "POLICY_PUBLISHED" -> "published " + version + policy;
            case "POLICY_ARCHIVED" -> "archived " + policy;
            case "CLIENT_CREATED" -> "added a client";
            case "CLIENT_CHANGED" -> "changed a client's details";
            case "CLIENT_ERASED" -> "erased a client's personal data";
            case "CLIENT_ASSIGNED" -> "asked a client to agree to " + policy;
            case "CLIENT_UNASSIGNED" -> "withdrew " + policy + " from a client";
            case "LINK_ISSUED" -> "issued a client's personal link to " + policy;
            case "LINK_REVOKED" -> "revoked a client's link to " + policy;
            case "ACKNOWLEDGED" -> "agreed to " + version + policy;
            case "EMAIL_SENT" -> "sent an e-mail to a client";
            case "EMAIL_FAILED" -> "could not deliver an e-mail to a client";
            case "PRACTICE_CHANGED" -> "changed the practice's settings";
            case "STAFF_INVITED" -> "invited " + member(entry) + " to the team as " + role(entry);
            case "STAFF_ROLE_CHANGED" -> "made " + member(entry) + " " + role(entry);
            case "STAFF_REMOVED" -> "removed " + member(entry) + " from the team";
            case "INTEGRATION_CREATED" -> "connected a new integration";
            default -> entry.event().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return new ActivityLine(entry.occurredAt(), actorOf(entry), text);
    }

    /** Clients act through the portal anonymously (their names stay out of the audit trail); the system acts too. */
    private static String actorOf(AuditEntry entry) {
        return switch (entry.actor()) {
            case "portal-client" -> "A client";
            case "system" -> "Policyhub";
            default -> entry.actor();
        };
    }

    private static String member(AuditEntry entry) {
        return find(MEMBER, entry.detailsJson()).orElse("someone");
    }

    /** The role's own name ("practice-editor") as people say it ("an editor"). */
    private static String role(AuditEntry entry) {
        return find(ROLE, entry.detailsJson())
                .flatMap(name -> StaffRole.highestOf(List.of(name)))
                .map(InvitationForm::withArticle)
                .orElse("a member");
    }

    private static Optional<String> find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
