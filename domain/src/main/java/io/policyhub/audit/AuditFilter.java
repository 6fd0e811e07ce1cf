package io.policyhub.audit;

import java.util.Optional;
import java.util.UUID;

/** Which entries to list: optionally only one kind of event, or only those about one entity. */
public record AuditFilter(Optional<String> event, Optional<UUID> entityId) {

    public static AuditFilter all() {
        return new AuditFilter(Optional.empty(), Optional.empty());
    }
}
