package io.policyhub.assignment.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PortalLinkRepository extends JpaRepository<PortalLinkEntity, UUID> {

    Optional<PortalLinkEntity> findByTokenHash(String tokenHash);

    @Query("""
            select l from PortalLinkEntity l
            where l.policyId = :policyId and l.clientId = :clientId and l.revokedAt is null and l.expiresAt > :now""")
    List<PortalLinkEntity> findUsable(UUID policyId, UUID clientId, Instant now);
}
