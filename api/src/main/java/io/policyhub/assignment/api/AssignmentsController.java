package io.policyhub.assignment.api;

import io.policyhub.api.Caller;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.assignment.AssignmentOutcome;
import io.policyhub.assignment.AssignmentStatus;
import io.policyhub.assignment.AssignmentTarget;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}/policies/{policyId}/assignments")
class AssignmentsController {

    private final AssignmentManagement assignments;
    private final PortalUrls portalUrls;

    AssignmentsController(AssignmentManagement assignments, PortalUrls portalUrls) {
        this.assignments = assignments;
        this.portalUrls = portalUrls;
    }

    /**
     * Assigns the policy and issues each newly assigned client a personal link. Idempotent: repeating it
     * issues no new link to a client whose link still works. 201 if anything was issued, 200 otherwise.
     */
    @PostMapping
    ResponseEntity<AssignmentResponse.Batch> assign(
            @PathVariable UUID policyId, @Valid @RequestBody AssignRequest request) {
        List<ClientId> clientIds = request.clientIds() == null
                ? List.of()
                : request.clientIds().stream()
                        .map(id -> new ClientId(Objects.requireNonNull(id)))
                        .toList();
        var target = new AssignmentTarget(clientIds, Boolean.TRUE.equals(request.allClients()));
        List<AssignmentOutcome> outcomes = assignments.assign(new PolicyId(policyId), target, Caller.actor());
        boolean issued = outcomes.stream().anyMatch(outcome -> outcome.status() != AssignmentStatus.ALREADY_ASSIGNED);
        var body = new AssignmentResponse.Batch(
                outcomes.stream().map(this::response).toList());
        return ResponseEntity.status(issued ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }

    private AssignmentResponse response(AssignmentOutcome outcome) {
        return new AssignmentResponse(
                outcome.clientId().value(),
                outcome.status(),
                outcome.token().map(portalUrls::of).orElse(null),
                outcome.expiresAt());
    }

    /** E-mails the client a fresh personal link (earlier links keep working until they expire). */
    @PostMapping("/{clientId}/resend")
    ResponseEntity<Void> resend(@PathVariable UUID policyId, @PathVariable UUID clientId) {
        assignments.resend(new PolicyId(policyId), new ClientId(clientId));
        return ResponseEntity.accepted().build();
    }

    /** Withdraws the assignment and revokes the client's links for this policy. */
    @DeleteMapping("/{clientId}")
    ResponseEntity<Void> unassign(@PathVariable UUID policyId, @PathVariable UUID clientId) {
        assignments.unassign(new PolicyId(policyId), new ClientId(clientId));
        return ResponseEntity.noContent().build();
    }
}
