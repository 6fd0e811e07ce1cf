package io.policyhub.assignment.persistence;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundEmailRepository extends JpaRepository<OutboundEmailEntity, UUID> {

    Page<OutboundEmailEntity> findByClientIdOrderByQueuedAtDescIdAsc(UUID clientId, Pageable page);
}
