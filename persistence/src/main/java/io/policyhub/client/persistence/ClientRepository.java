package io.policyhub.client.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<ClientEntity, UUID> {

    @Query("select c from ClientEntity c where c.id = :id and c.erasedAt is null")
    Optional<ClientEntity> findLive(UUID id);

    @Query("select c from ClientEntity c where c.id in :ids and c.erasedAt is null")
    List<ClientEntity> findLive(Collection<UUID> ids);

    @Query("select c from ClientEntity c where c.erasedAt is null order by c.displayName, c.id")
    Page<ClientEntity> listLive(Pageable page);

    @Query("""
            select c from ClientEntity c where c.erasedAt is null
            and (lower(c.displayName) like :pattern or lower(c.email) like :pattern or lower(c.externalRef) like :pattern)
            order by c.displayName, c.id""")
    Page<ClientEntity> searchLive(String pattern, Pageable page);

    @Query("select c.id from ClientEntity c where c.erasedAt is null order by c.displayName, c.id")
    List<UUID> liveIds();

    @Query("select count(c) > 0 from ClientEntity c where c.externalRef = :externalRef and c.id <> :except")
    boolean externalRefTaken(String externalRef, UUID except);
}
