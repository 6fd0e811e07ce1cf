package io.policyhub.practice.api;

import io.policyhub.api.MergePatch;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.practice.NewPractice;
import io.policyhub.practice.PracticeChanges;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.PracticeManagement;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practices")
class PracticesController {

    private final PracticeManagement practices;

    PracticesController(PracticeManagement practices) {
        this.practices = practices;
    }

    /** The caller's own practices; every practice for a platform administrator. */
    @GetMapping
    PageResponse<PracticeResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(practices.list(Paging.of(page, size)), PracticeResponse::of);
    }

    /** Registers the practice, creates its organization in the identity provider and invites its first admin. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PracticeResponse register(@Valid @RequestBody RegisterPracticeRequest request) {
        return PracticeResponse.of(practices.register(
                new NewPractice(request.name(), request.alias(), request.contactEmail(), request.firstAdminEmail())));
    }

    @GetMapping("/{practiceId}")
    PracticeResponse get(@PathVariable UUID practiceId) {
        return PracticeResponse.of(practices.get(new PracticeId(practiceId)));
    }

    @Operation(
            summary = "Change the practice's profile (JSON merge patch)",
            description = "`name`, `contactEmail`, `brandColour` (#RRGGBB; refused unless white or dark text on it"
                    + " reaches the WCAG AA contrast of 4.5:1; null for the portal's own), `reminderDays` (days"
                    + " after being asked, strictly ascending, at most 10, each 1-365; [] for no reminders),"
                    + " `professionalBody` (at most 200 characters) and `emailSenderName` (the name clients' e-mails"
                    + " come from instead of the practice's name: one line, at most 100 characters, no @, < or >)."
                    + " null clears an optional field.")
    @PatchMapping(
            path = "/{practiceId}",
            consumes = {"application/merge-patch+json", "application/json"})
    PracticeResponse change(@PathVariable UUID practiceId, @RequestBody Map<String, Object> body) {
        MergePatch patch = MergePatch.of(
                body,
                Set.of("name", "contactEmail", "brandColour", "reminderDays", "professionalBody", "emailSenderName"));
        var changes = new PracticeChanges(
                patch.text("name"),
                patch.optionalText("contactEmail"),
                patch.optionalText("brandColour"),
                patch.integers("reminderDays"),
                patch.optionalText("professionalBody"),
                patch.optionalText("emailSenderName"));
        return PracticeResponse.of(practices.change(new PracticeId(practiceId), changes));
    }
}
