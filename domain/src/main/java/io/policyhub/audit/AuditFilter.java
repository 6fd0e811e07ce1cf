package io.policyhub.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Which entries to list: optionally only one kind of event, only those about one entity, and only what people
 * did (staff and clients) rather than the system's own routine work, such as sending e-mail.
 */
public record AuditFilter(Optional<String> event, Optional<UUID> entityId, boolean peopleOnly) {

    public AuditFilter(Optional<String> event, Optional<UUID> entityId) {
        this(event, entityId, false);
    }

    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty());
    }

    /** What staff and clients did: a practice's recent activity at a glance. */
    public static AuditFilter byPeople() {
        return new AuditFilter(Optional.empty(), Optional.empty(), true);
    }
}
