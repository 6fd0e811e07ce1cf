package io.policyhub.practice.api;

import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.StaffInvitation;
import io.policyhub.practice.StaffRole;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A practice admin invites staff and creates integrator clients (in the identity provider). */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}")
class PracticeAccessController {

    private final PracticeAccessManagement access;

    PracticeAccessController(PracticeAccessManagement access) {
        this.access = access;
    }

    /** Invites a person to the practice's staff with a role: a new account gets an e-mail to set its password. */
    @PostMapping("/members")
    @ResponseStatus(HttpStatus.ACCEPTED)
    StaffInvitedResponse invite(@PathVariable UUID practiceId, @Valid @RequestBody InviteStaffRequest request) {
        var invitation = new StaffInvitation(
                request.email(), StaffRole.ofRoleName(request.role()), request.firstName(), request.lastName());
        return StaffInvitedResponse.of(access.invite(new PracticeId(practiceId), invitation));
    }

    /** Creates an integrator client bound to the practice and returns its credentials, this once. */
    @PostMapping("/integrations")
    ResponseEntity<IntegrationCredentialsResponse> createIntegration(
            @PathVariable UUID practiceId, @Valid @RequestBody NewIntegrationRequest request) {
        var credentials = access.createIntegration(new PracticeId(practiceId), request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(IntegrationCredentialsResponse.of(credentials));
    }
}
