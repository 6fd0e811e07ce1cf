package io.policyhub.policy.api;

import io.policyhub.api.DraftETag;
import io.policyhub.policy.DerivedPolicyManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.TemplateUpgrade;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upgrading a policy to its template's newest version: the proposal is a three-way merge of the policy's draft
 * with the old and new template texts; applying it only changes the draft, never publishes.
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/policies/{policyId}/template-upgrade")
class TemplateUpgradesController {

    private final DerivedPolicyManagement derived;

    TemplateUpgradesController(DerivedPolicyManagement derived) {
        this.derived = derived;
    }

    @GetMapping
    ResponseEntity<TemplateUpgradeResponse> propose(@PathVariable UUID policyId) {
        TemplateUpgrade upgrade = derived.proposeUpgrade(new PolicyId(policyId));
        return ResponseEntity.ok().eTag(DraftETag.of(upgrade.baseRevision())).body(TemplateUpgradeResponse.of(upgrade));
    }

    /** Applies a clean proposal, or the editor's resolved text; If-Match names the proposal's base revision. */
    @PostMapping
    ResponseEntity<PolicyResponse> apply(
            @PathVariable UUID policyId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody(required = false) @Nullable ApplyUpgradeRequest request) {
        long expected = DraftETag.expectedRevision(ifMatch);
        Policy policy =
                derived.applyUpgrade(new PolicyId(policyId), expected, request == null ? null : request.content());
        return ResponseEntity.ok()
                .eTag(DraftETag.of(policy.draftRevision()))
                .body(PolicyResponse.of(policy, derived.templateStatus(policy)));
    }
}
