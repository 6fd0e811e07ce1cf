package io.policyhub.assignment.api;

import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.client.ClientId;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}/clients/{clientId}/emails")
class ClientEmailsController {

    private final AssignmentManagement assignments;

    ClientEmailsController(AssignmentManagement assignments) {
        this.assignments = assignments;
    }

    /** The client's invitations, reminders and resent links, newest first, with their delivery state. */
    @GetMapping
    PageResponse<EmailResponse> history(
            @PathVariable UUID clientId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(
                assignments.emailHistory(new ClientId(clientId), Paging.of(page, size)), EmailResponse::of);
    }
}
