package io.policyhub.assignment.admin;

import io.policyhub.acknowledgement.AcknowledgementManagement;
import io.policyhub.acknowledgement.AcknowledgementMethod;
import io.policyhub.acknowledgement.RecordedAcknowledgement;
import io.policyhub.acknowledgement.StaffAcknowledgement;
import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ReadableErrors;
import io.policyhub.admin.Staff;
import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.policy.Policy;
import io.policyhub.policy.PolicyId;
import io.policyhub.policy.PolicyManagement;
import io.policyhub.policy.PolicyVersion;
import io.policyhub.shared.Actor;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording that a client read and agreed to a policy in person (on paper, in the room). The form names the exact
 * version shown to the staff member, so what is recorded is what the client was given, even if a newer version
 * is published while the form is open.
 */
@AdminController
class InPersonAcknowledgementAdminController {

    private static final String FORM = "admin/assignment/in-person";
    private static final Map<String, String> LABELS = Map.of("fullName", "The client's full name");

    private final PolicyManagement policies;
    private final ClientManagement clients;
    private final AcknowledgementManagement acknowledgements;

    InPersonAcknowledgementAdminController(
            PolicyManagement policies, ClientManagement clients, AcknowledgementManagement acknowledgements) {
        this.policies = policies;
        this.clients = clients;
        this.acknowledgements = acknowledgements;
    }

    @GetMapping("/admin/assignments/{policyId}/clients/{clientId}/in-person")
    @ForAdmins
    String form(@PathVariable UUID policyId, @PathVariable UUID clientId, Model model) {
        Policy policy = policies.get(new PolicyId(policyId));
        Client client = clients.get(new ClientId(clientId));
        policy.requireAssignable();
        PolicyVersion version =
                policies.version(policy.id(), policy.latestVersion().orElseThrow());
        return page(
                model,
                policy,
                client,
                version,
                new InPersonForm(version.number(), client.displayName(), null),
                Map.of());
    }

    @PostMapping("/admin/assignments/{policyId}/clients/{clientId}/in-person")
    @ForAdmins
    String record(
            @PathVariable UUID policyId,
            @PathVariable UUID clientId,
            @ModelAttribute InPersonForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Policy policy = policies.get(new PolicyId(policyId));
        Client client = clients.get(new ClientId(clientId));
        PolicyVersion version = policies.version(policy.id(), form.version());
        var errors = new LinkedHashMap<String, String>();
        if (!form.isConfirmed()) {
            errors.put("confirmed", "Tick the box to confirm that " + client.displayName() + " agreed in person.");
        }
        Optional<RecordedAcknowledgement> recorded = Optional.empty();
        if (errors.isEmpty()) {
            try {
                recorded = Optional.of(acknowledgements.recordOnBehalf(
                        new StaffAcknowledgement(
                                client.id(),
                                policy.id(),
                                Optional.of(version.number()),
                                form.fullName(),
                                AcknowledgementMethod.IN_PERSON),
                        new Actor(Staff.current().actor())));
            } catch (InvalidInput invalid) {
                errors.putAll(ReadableErrors.byField(invalid, LABELS));
            } catch (StateConflict notAssigned) {
                errors.put("fullName", "Assign the policy to " + client.displayName() + " first.");
            }
        }
        if (recorded.isEmpty()) {
            response.setStatus(422);
            return page(model, policy, client, version, form, errors);
        }
        redirect.addFlashAttribute(
                "flash",
                recorded.get().created()
                        ? client.displayName() + "'s agreement to version " + version.number() + " was recorded."
                        : client.displayName() + " had already agreed to version " + version.number()
                                + "; the earlier record stands.");
        return "redirect:/admin/assignments/" + policyId;
    }

    private static String page(
            Model model,
            Policy policy,
            Client client,
            PolicyVersion version,
            InPersonForm form,
            Map<String, String> errors) {
        model.addAttribute("policy", policy);
        model.addAttribute("client", client);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return FORM;
    }
}
