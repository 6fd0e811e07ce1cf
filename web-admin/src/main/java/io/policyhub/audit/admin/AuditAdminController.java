package io.policyhub.audit.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForStaff;
import io.policyhub.admin.Pager;
import io.policyhub.audit.AuditEntry;
import io.policyhub.audit.AuditFilter;
import io.policyhub.audit.AuditManagement;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practice's audit log, newest first, filtered by event or by the policy, client or other record it is about;
 * and "verify the chain", which recomputes every entry's hash and says plainly whether anything was altered.
 */
@AdminController
class AuditAdminController {

    static final int PAGE_SIZE = 50;
    private static final String VIEW = "admin/audit/log";

    private final AuditManagement audit;

    AuditAdminController(AuditManagement audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    @ForStaff
    String log(
            @RequestParam(required = false) @Nullable String event,
            @RequestParam(required = false) @Nullable String entity,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<String> chosenEvent = Optional.ofNullable(event).filter(AuditEvents.LABELS::containsKey);
        String entityText = entity == null ? "" : entity.strip();
        Optional<UUID> entityId = Optional.empty();
        if (!entityText.isEmpty()) {
            try {
                entityId = Optional.of(UUID.fromString(entityText));
            } catch (IllegalArgumentException notAnId) {
                response.setStatus(422);
                model.addAttribute(
                        "entityError",
                        "Record id must be an id like 3f2b8c1e-5d4a-4c2b-9e8f-0a1b2c3d4e5f, as shown in the log.");
            }
        }
        Page<AuditEntry> entries =
                audit.list(new AuditFilter(chosenEvent, entityId), new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("event", chosenEvent.orElse(""));
        model.addAttribute("entity", entityText);
        model.addAttribute("events", AuditEvents.LABELS);
        model.addAttribute("entries", entries.items().stream().map(LogLine::of).toList());
        model.addAttribute("pager", Pager.of(entries, request));
        return VIEW;
    }

    /** Verifying reads the whole chain and changes nothing, so it is a GET any member of staff may make. */
    @GetMapping("/admin/audit/verification")
    @ForStaff
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return "admin/audit/verification";
    }

    /** One entry as the log shows it. */
    record LogLine(
            long seq,
            Instant occurredAt,
            String actor,
            String event,
            String label,
            Optional<UUID> entityId,
            String details) {

        static LogLine of(AuditEntry entry) {
            return new LogLine(
                    entry.seq(),
                    entry.occurredAt(),
                    entry.actor(),
                    entry.event(),
                    AuditEvents.label(entry.event()),
                    entry.entityId(),
                    entry.detailsJson());
        }
    }
}
