package io.policyhub.audit.api;

import io.policyhub.audit.AuditEntry;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

record AuditEntryResponse(
        long seq,
        Instant occurredAt,
        String actor,
        String event,
        @Nullable UUID entityId,
        JsonNode details,
        String prevHash,
        String hash) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(
                entry.seq(),
                entry.occurredAt(),
                entry.actor(),
                entry.event(),
                entry.entityId().orElse(null),
                JSON.readTree(entry.detailsJson()),
                entry.prevHash(),
                entry.hash());
    }
}
