package io.policyhub.client.api;

import io.policyhub.api.MergePatch;
import io.policyhub.api.PageResponse;
import io.policyhub.api.Paging;
import io.policyhub.client.Client;
import io.policyhub.client.ClientChanges;
import io.policyhub.client.ClientId;
import io.policyhub.client.ClientManagement;
import io.policyhub.client.NewClient;
import io.policyhub.practice.PracticeId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/practices/{practiceId}/clients")
class ClientsController {

    private final ClientManagement clients;

    ClientsController(ClientManagement clients) {
        this.clients = clients;
    }

    @PostMapping
    ResponseEntity<ClientResponse> add(@PathVariable UUID practiceId, @Valid @RequestBody AddClientRequest request) {
        Client client = clients.add(
                new PracticeId(practiceId),
                new NewClient(request.displayName(), request.email(), request.externalRef()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(client.id().value())
                .toUri();
        return ResponseEntity.created(location).body(ClientResponse.of(client));
    }

    /** Clients by name; {@code q} searches names, e-mail addresses and external references. */
    @GetMapping
    PageResponse<ClientResponse> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageResponse.of(clients.list(Optional.ofNullable(q), Paging.of(page, size)), ClientResponse::of);
    }

    @GetMapping("/{clientId}")
    ClientResponse get(@PathVariable UUID clientId) {
        return ClientResponse.of(clients.get(new ClientId(clientId)));
    }

    @PatchMapping(
            path = "/{clientId}",
            consumes = {"application/merge-patch+json", "application/json"})
    ClientResponse change(@PathVariable UUID clientId, @RequestBody Map<String, Object> body) {
        MergePatch patch = MergePatch.of(body, Set.of("displayName", "email", "externalRef"));
        var changes =
                new ClientChanges(patch.text("displayName"), patch.text("email"), patch.optionalText("externalRef"));
        return ClientResponse.of(clients.change(new ClientId(clientId), changes));
    }

    /** Erases the client's personal data (GDPR); their acknowledgements remain as pseudonymised evidence. */
    @DeleteMapping("/{clientId}")
    ResponseEntity<Void> erase(@PathVariable UUID clientId) {
        clients.erase(new ClientId(clientId));
        return ResponseEntity.noContent().build();
    }
}
