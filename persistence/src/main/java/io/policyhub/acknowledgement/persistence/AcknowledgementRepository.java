package io.policyhub.acknowledgement.persistence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AcknowledgementRepository extends JpaRepository<AcknowledgementEntity, UUID> {

    Optional<AcknowledgementEntity> findByClientIdAndPolicyIdAndVersion(UUID clientId, UUID policyId, int version);

    Page<AcknowledgementEntity> findByPolicyIdOrderByAcknowledgedAtDescIdAsc(UUID policyId, Pageable page);

    Page<AcknowledgementEntity> findByPolicyIdAndVersionOrderByAcknowledgedAtDescIdAsc(
            UUID policyId, int version, Pageable page);

    Page<AcknowledgementEntity> findByClientIdOrderByAcknowledgedAtDescIdAsc(UUID clientId, Pageable page);
}
