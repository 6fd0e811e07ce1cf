package io.policyhub.policy.api;

import io.policyhub.api.Caller;
import io.policyhub.api.DraftETag;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyStatus;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.practice.PracticeId;
import io.policyhub.template.TemplateId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}/policies")
class PoliciesController {

    private final PolicyManagement policies;
    private final DerivedPolicyManagement derived;

    PoliciesController(PolicyManagement policies, DerivedPolicyManagement derived) {
        this.policies = policies;
        this.derived = derived;
    }

    /** Creates a draft from a title and content, or from a template version and variable values. */
    @PostMapping
    ResponseEntity<PolicyResponse> create(@PathVariable UUID practiceId, @Valid @RequestBody NewPolicyRequest request) {
        request.requireOneForm();
        var practice = new PracticeId(practiceId);
        Policy policy = request.fromTemplate()
                ? derived.createFromTemplate(
                        practice,
                        new TemplateId(Objects.requireNonNull(request.templateId())),
                        request.templateVersion(),
                        request.title(),
                        request.values())
                : policies.createDraft(
                        practice, Objects.requireNonNull(request.title()), Objects.requireNonNull(request.content()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(policy.id().value())
                .toUri();
        return withETag(ResponseEntity.created(location), policy);
    }

    @GetMapping
    PageResponse<PolicySummaryResponse> list(
            @RequestParam(required = false) @Nullable PolicyStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(
                policies.list(Optional.ofNullable(status), Paging.of(page, size)), PolicySummaryResponse::of);
    }

    @GetMapping("/{policyId}")
    ResponseEntity<PolicyResponse> get(@PathVariable UUID policyId) {
        return withETag(ResponseEntity.ok(), policies.get(new PolicyId(policyId)));
    }

    /** Replaces the draft; {@code If-Match} must carry the ETag of the draft the edit is based on. */
    @PutMapping("/{policyId}/draft")
    ResponseEntity<PolicyResponse> editDraft(
            @PathVariable UUID policyId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody DraftRequest request) {
        long expected = DraftETag.expectedRevision(ifMatch);
        Policy policy = policies.editDraft(new PolicyId(policyId), request.title(), request.content(), expected);
        return withETag(ResponseEntity.ok(), policy);
    }

    @PostMapping("/{policyId}/versions")
    ResponseEntity<VersionResponse> publish(@PathVariable UUID policyId, @Valid @RequestBody PublishRequest request) {
        PolicyVersion version =
                policies.publish(new PolicyId(policyId), request.changeSummary(), request.changeKind(), Caller.actor());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{number}")
                .buildAndExpand(version.number())
                .toUri();
        return ResponseEntity.created(location).body(VersionResponse.of(version));
    }

    @GetMapping("/{policyId}/versions")
    PageResponse<VersionResponse> versions(
            @PathVariable UUID policyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(policies.versions(new PolicyId(policyId), Paging.of(page, size)), VersionResponse::of);
    }

    @GetMapping("/{policyId}/versions/{number}")
    VersionResponse version(@PathVariable UUID policyId, @PathVariable int number) {
        return VersionResponse.of(policies.version(new PolicyId(policyId), number));
    }

    /** Withdraws the policy: its versions and acknowledgements stay as evidence. */
    @PostMapping("/{policyId}/archive")
    ResponseEntity<PolicyResponse> archive(@PathVariable UUID policyId) {
        return withETag(ResponseEntity.ok(), policies.archive(new PolicyId(policyId)));
    }

    private ResponseEntity<PolicyResponse> withETag(ResponseEntity.BodyBuilder builder, Policy policy) {
        return builder.eTag(DraftETag.of(policy.draftRevision()))
                .body(PolicyResponse.of(policy, derived.templateStatus(policy)));
    }
}
