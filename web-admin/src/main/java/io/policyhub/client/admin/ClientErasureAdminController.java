package io.policyhub.client.admin;

import io.policyhub.admin.AdminController;
import io.policyhub.admin.ForAdmins;
import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasing a client's personal data (GDPR), by admins, after a confirmation page that says what goes and what
 * stays: their acknowledgements remain as pseudonymised evidence.
 */
@AdminController
class ClientErasureAdminController {

    private static final String CONFIRM = "admin/client/erase";

    private final ClientManagement clients;

    ClientErasureAdminController(ClientManagement clients) {
        this.clients = clients;
    }

    @GetMapping("/admin/clients/{clientId}/erase")
    @ForAdmins
    String confirm(@PathVariable UUID clientId, Model model) {
        model.addAttribute("client", clients.get(new ClientId(clientId)));
        return CONFIRM;
    }

    @PostMapping("/admin/clients/{clientId}/erase")
    @ForAdmins
    String erase(
            @PathVariable UUID clientId,
            @RequestParam(required = false) @Nullable String confirmed,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var id = new ClientId(clientId);
        Client client = clients.get(id);
        if (!"yes".equals(confirmed)) {
            response.setStatus(422);
            model.addAttribute("client", client);
            model.addAttribute("error", "Tick the box to confirm that you want to erase " + client.displayName() + ".");
            return CONFIRM;
        }
        clients.erase(id);
        redirect.addFlashAttribute(
                "flash",
                client.displayName() + "'s personal data was erased. Their acknowledgements stay as evidence.");
        return "redirect:/admin/clients";
    }
}
