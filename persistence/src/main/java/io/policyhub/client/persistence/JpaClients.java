package io.policyhub.client.persistence;

import io.policyhub.client.Client;
import io.policyhub.client.ClientId;
import io.policyhub.client.Clients;
import io.policyhub.practice.persistence.Pages;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;

@Repository
class JpaClients implements Clients {

    private static final UUID NOBODY = new UUID(0, 0);

    private final ClientRepository repository;
    private final EntityManager entityManager;

    JpaClients(ClientRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Override
    public Client save(Client client) {
        ClientEntity entity = repository.findById(client.id().value()).orElse(null);
        if (entity == null) {
            entity = new ClientEntity(client);
            entityManager.persist(entity);
        } else {
            entity.copy(client);
        }
        return entity.toDomain();
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return repository.findLive(id.value()).map(ClientEntity::toDomain);
    }

    @Override
    public Page<Client> list(Optional<String> search, PageRequest page) {
        var result = search.map(text -> repository.searchLive(likePattern(text), Pages.of(page)))
                .orElseGet(() -> repository.listLive(Pages.of(page)));
        return Page.of(result.map(ClientEntity::toDomain).getContent(), page, result.getTotalElements());
    }

    private static String likePattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @Override
    public List<Client> findAll(Collection<ClientId> ids) {
        return repository.findLive(ids.stream().map(ClientId::value).toList()).stream()
                .map(ClientEntity::toDomain)
                .toList();
    }

    @Override
    public List<ClientId> allIds() {
        return repository.liveIds().stream().map(ClientId::new).toList();
    }

    @Override
    public boolean externalRefTaken(String externalRef, Optional<ClientId> except) {
        return repository.externalRefTaken(
                externalRef, except.map(ClientId::value).orElse(NOBODY));
    }
}
