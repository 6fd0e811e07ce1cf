package io.policyhub.acknowledgement.admin;

import io.policyhub.acknowledgement.Acknowledgement;
import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.acknowledgement.AcknowledgementsCsv;
import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForStaff;
import io.policyhub.admin.Pager;
import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.assignment.OutboundEmail;
import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evidence: who agreed to which exact version of each policy, when and how, per policy (with the CSV export)
 * and per client (with their e-mail history). Every member of staff may look; nothing here changes anything.
 */
@AdminController
class EvidenceAdminController {

    static final int PAGE_SIZE = 25;

    private final PolicyManagement policies;
    private final ClientManagement clients;
    private final AcknowledgementManagement acknowledgements;
    private final AssignmentManagement assignments;

    EvidenceAdminController(
            PolicyManagement policies,
            ClientManagement clients,
            AcknowledgementManagement acknowledgements,
            AssignmentManagement assignments) {
        this.policies = policies;
        this.clients = clients;
        this.acknowledgements = acknowledgements;
        this.assignments = assignments;
    }

    @GetMapping("/admin/evidence")
    @ForStaff
    String overview(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute(
                "policies",
                policies.list(Optional.empty(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                        .filter(policy -> policy.latestVersion().isPresent())
                        .toList());
        String search = q == null ? "" : q.strip();
        model.addAttribute("q", search);
        if (!search.isEmpty()) {
            model.addAttribute("clients", clients.list(Optional.of(search), PageRequest.first(PAGE_SIZE)));
        }
        return "admin/acknowledgement/evidence";
    }

    @GetMapping("/admin/evidence/policies/{policyId}")
    @ForStaff
    String forPolicy(
            @PathVariable UUID policyId,
            @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        Policy policy = policies.get(new PolicyId(policyId));
        Page<Acknowledgement> found = acknowledgements.forPolicy(
                policy.id(), Optional.ofNullable(version), new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("policy", policy);
        model.addAttribute("version", version);
        model.addAttribute(
                "versions",
                policies.versions(policy.id(), PageRequest.first(PageRequest.MAX_SIZE))
                        .items());
        model.addAttribute("acknowledgements", found.items());
        model.addAttribute("pager", Pager.of(found, request));
        return "admin/acknowledgement/policy-evidence";
    }

    /** The same CSV as the API's export, from the same domain code. */
    @GetMapping("/admin/evidence/policies/{policyId}/acknowledgements.csv")
    @ForStaff
    ResponseEntity<String> forPolicyAsCsv(@PathVariable UUID policyId) {
        String csv = AcknowledgementsCsv.of(acknowledgements.allForPolicy(new PolicyId(policyId)));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("acknowledgements-" + policyId + ".csv")
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(csv);
    }

    @GetMapping("/admin/evidence/clients/{clientId}")
    @ForStaff
    String forClient(
            @PathVariable UUID clientId,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        Client client = clients.get(new ClientId(clientId));
        Page<Acknowledgement> found =
                acknowledgements.forClient(client.id(), new PageRequest(Math.max(page, 0), PAGE_SIZE));
        List<OutboundEmail> emails = assignments
                .emailHistory(client.id(), PageRequest.first(PAGE_SIZE))
                .items();
        Map<PolicyId, Policy> titles = new HashMap<>();
        found.items().forEach(ack -> titles.computeIfAbsent(ack.policyId(), policies::get));
        emails.forEach(email -> titles.computeIfAbsent(email.policyId(), policies::get));
        model.addAttribute("client", client);
        model.addAttribute("acknowledgements", found.items());
        model.addAttribute("emails", emails);
        model.addAttribute("policyTitles", titlesById(titles));
        model.addAttribute("pager", Pager.of(found, request));
        return "admin/acknowledgement/client-evidence";
    }

    private static Map<UUID, String> titlesById(Map<PolicyId, Policy> policies) {
        var titles = new HashMap<UUID, String>();
        policies.forEach((id, policy) -> titles.put(id.value(), policy.title()));
        return titles;
    }
}
