package io.policyhub.acknowledgement.api;

import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.acknowledgement.AcknowledgementsCsv;
import io.policyhub.acknowledgement.RecordedAcknowledgement;
import io.policyhub.acknowledgement.StaffAcknowledgement;
import io.policyhub.api.Caller;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.api.Roles;
import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}")
class AcknowledgementsController {

    private final AcknowledgementManagement acknowledgements;

    AcknowledgementsController(AcknowledgementManagement acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    /** Records an acknowledgement given outside the portal: on paper or in the room, or by an integrated system. */
    @PostMapping("/acknowledgements")
    ResponseEntity<AcknowledgementResponse> record(@Valid @RequestBody RecordAcknowledgementRequest request) {
        AcknowledgementMethod method = request.method() != null
                ? request.method()
                : Caller.hasRole(Roles.INTEGRATOR) ? AcknowledgementMethod.API : AcknowledgementMethod.IN_PERSON;
        var staffAcknowledgement = new StaffAcknowledgement(
                new ClientId(request.clientId()),
                new PolicyId(request.policyId()),
                Optional.ofNullable(request.version()),
                request.fullName(),
                method);
        RecordedAcknowledgement recorded = acknowledgements.recordOnBehalf(staffAcknowledgement, Caller.actor());
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(AcknowledgementResponse.of(recorded.acknowledgement()));
    }

    @GetMapping("/policies/{policyId}/acknowledgements")
    PageResponse<AcknowledgementResponse> forPolicy(
            @PathVariable UUID policyId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(
                acknowledgements.forPolicy(new PolicyId(policyId), Optional.ofNullable(version), Paging.of(page, size)),
                AcknowledgementResponse::of);
    }

    /** Every acknowledgement of the policy (all versions, newest first) as CSV, for spreadsheets and records. */
    @GetMapping(value = "/policies/{policyId}/acknowledgements.csv", produces = "text/csv")
    ResponseEntity<String> forPolicyAsCsv(@PathVariable UUID policyId) {
        String csv = AcknowledgementsCsv.of(acknowledgements.allForPolicy(new PolicyId(policyId)));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"acknowledgements-" + policyId + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(csv);
    }

    @GetMapping("/clients/{clientId}/acknowledgements")
    PageResponse<AcknowledgementResponse> forClient(
            @PathVariable UUID clientId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(
                acknowledgements.forClient(new ClientId(clientId), Paging.of(page, size)), AcknowledgementResponse::of);
    }

    /** Who of the assigned clients has agreed to the version that binds them, and who is outstanding. */
    @GetMapping("/policies/{policyId}/compliance")
    ComplianceResponse compliance(
            @PathVariable UUID policyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return ComplianceResponse.of(acknowledgements.compliance(new PolicyId(policyId), Paging.of(page, size)));
    }
}
