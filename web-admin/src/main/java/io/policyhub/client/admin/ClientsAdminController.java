package io.policyhub.client.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.CurrentPractice;
import io.policyhub.admin.ForAdmins;
import io.policyhub.admin.ForStaff;
import io.policyhub.admin.Pager;
import io.policyhub.admin.ReadableErrors;
import io.policyhub.admin.Staff;
import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.shared.InvalidInput;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.shared.StateConflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The practice's clients: a searchable list, one client's details, adding and changing clients (admins). */
@AdminController
class ClientsAdminController {

    static final int PAGE_SIZE = 25;
    private static final String FORM = "admin/client/form";

    private final ClientManagement clients;

    ClientsAdminController(ClientManagement clients) {
        this.clients = clients;
    }

    @ModelAttribute("canManage")
    boolean canManage() {
        return Staff.current().canPublish();
    }

    @GetMapping("/admin/clients")
    @ForStaff
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        Page<Client> found = clients.list(Optional.ofNullable(q), new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("clients", found.items());
        model.addAttribute("pager", Pager.of(found, request));
        return "admin/client/list";
    }

    @GetMapping("/admin/clients/new")
    @ForAdmins
    String newClient(Model model) {
        return form(model, ClientForm.empty(), Optional.empty(), Map.of());
    }

    @PostMapping("/admin/clients/new")
    @ForAdmins
    String add(
            @ModelAttribute ClientForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            Client client = clients.add(CurrentPractice.id(), form.toNewClient());
            redirect.addFlashAttribute("flash", client.displayName() + " was added.");
            return "redirect:/admin/clients/" + client.id();
        } catch (InvalidInput invalid) {
            return refused(response, model, form, Optional.empty(), ReadableErrors.byField(invalid, ClientForm.LABELS));
        } catch (StateConflict taken) {
            return refused(response, model, form, Optional.empty(), Map.of("externalRef", taken.getMessage()));
        }
    }

    @GetMapping("/admin/clients/{clientId}")
    @ForStaff
    String show(@PathVariable UUID clientId, Model model) {
        model.addAttribute("client", clients.get(new ClientId(clientId)));
        return "admin/client/show";
    }

    @GetMapping("/admin/clients/{clientId}/edit")
    @ForAdmins
    String edit(@PathVariable UUID clientId, Model model) {
        Client client = clients.get(new ClientId(clientId));
        return form(model, ClientForm.of(client), Optional.of(client), Map.of());
    }

    @PostMapping("/admin/clients/{clientId}/edit")
    @ForAdmins
    String change(
            @PathVariable UUID clientId,
            @ModelAttribute ClientForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var id = new ClientId(clientId);
        Client existing = clients.get(id);
        try {
            Client changed = clients.change(id, form.toChanges());
            redirect.addFlashAttribute("flash", "Your changes to " + changed.displayName() + " were saved.");
            return "redirect:/admin/clients/" + changed.id();
        } catch (InvalidInput invalid) {
            return refused(
                    response, model, form, Optional.of(existing), ReadableErrors.byField(invalid, ClientForm.LABELS));
        } catch (StateConflict taken) {
            return refused(response, model, form, Optional.of(existing), Map.of("externalRef", taken.getMessage()));
        }
    }

    private static String refused(
            HttpServletResponse response,
            Model model,
            ClientForm form,
            Optional<Client> existing,
            Map<String, String> errors) {
        response.setStatus(422);
        return form(model, form, existing, errors);
    }

    private static String form(Model model, ClientForm form, Optional<Client> existing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing.orElse(null));
        model.addAttribute("errors", errors);
        return FORM;
    }
}
