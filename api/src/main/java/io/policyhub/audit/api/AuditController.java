package io.policyhub.audit.api;

import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.audit.AuditFilter;
import io.policyhub.audit.AuditManagement;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}/audit")
class AuditController {

    private final AuditManagement audit;

    AuditController(AuditManagement audit) {
        this.audit = audit;
    }

    /** The practice's audit trail, newest first; filter by {@code event} (e.g. POLICY_PUBLISHED) or {@code entityId}. */
    @GetMapping
    PageResponse<AuditEntryResponse> list(
            @RequestParam(required = false) @Nullable String event,
            @RequestParam(required = false) @Nullable UUID entityId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        var filter = new AuditFilter(Optional.ofNullable(event), Optional.ofNullable(entityId));
        return PageResponse.of(audit.list(filter, Paging.of(page, size)), AuditEntryResponse::of);
    }

    /** Recomputes the hash chain: {@code valid} is false from the first altered or deleted entry on. */
    @GetMapping("/verify")
    AuditVerificationResponse verify() {
        return AuditVerificationResponse.of(audit.verify());
    }
}
