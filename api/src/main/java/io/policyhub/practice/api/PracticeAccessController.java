package io.policyhub.practice.api;

import io.policyhub.api.MergePatch;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.practice.PracticeAccessManagement;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.StaffInvitation;
import io.policyhub.practice.StaffRole;
import io.policyhub.practice.TeamMember;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A practice admin manages the practice's staff (invites, lists, changes roles, removes) and creates integrator
 * clients, all in the identity provider. A member of another practice's staff is not found (404).
 */
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

    /** The practice's staff by name, with their roles and whether they still have to accept an invitation. */
    @GetMapping("/members")
    PageResponse<TeamMemberResponse> team(
            @PathVariable UUID practiceId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        PageRequest request = Paging.of(page, size);
        // The provider answers with the whole team, which is small: it is paged here for the API's one envelope.
        List<TeamMember> team = access.team(new PracticeId(practiceId));
        List<TeamMember> items =
                team.stream().skip(request.offset()).limit(request.size()).toList();
        return PageResponse.of(Page.of(items, request, team.size()), TeamMemberResponse::of);
    }

    @GetMapping("/members/{memberId}")
    TeamMemberResponse member(@PathVariable UUID practiceId, @PathVariable String memberId) {
        return TeamMemberResponse.of(access.member(new PracticeId(practiceId), memberId));
    }

    /** Changes a member's {@code role} (a JSON merge patch); 409 for the last admin or a role shared elsewhere. */
    @PatchMapping(
            path = "/members/{memberId}",
            consumes = {"application/merge-patch+json", "application/json"})
    TeamMemberResponse change(
            @PathVariable UUID practiceId, @PathVariable String memberId, @RequestBody Map<String, Object> body) {
        var practice = new PracticeId(practiceId);
        var role = MergePatch.of(body, Set.of("role")).text("role").map(StaffRole::ofRoleName);
        return TeamMemberResponse.of(
                role.isPresent()
                        ? access.changeRole(practice, memberId, role.get())
                        : access.member(practice, memberId));
    }

    /** Takes a member off the practice's staff; their account and their other practices stay. */
    @DeleteMapping("/members/{memberId}")
    ResponseEntity<Void> remove(@PathVariable UUID practiceId, @PathVariable String memberId) {
        access.remove(new PracticeId(practiceId), memberId);
        return ResponseEntity.noContent().build();
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
