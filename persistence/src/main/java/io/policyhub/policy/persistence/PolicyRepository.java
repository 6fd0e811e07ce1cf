package io.policyhub.policy.persistence;

import io.policyhub.policy.PolicyStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PolicyRepository extends JpaRepository<PolicyEntity, UUID> {

    Page<PolicyEntity> findAllByOrderByUpdatedAtDescIdAsc(Pageable page);

    Page<PolicyEntity> findByStatusOrderByUpdatedAtDescIdAsc(PolicyStatus status, Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PolicyEntity p where p.id = :id")
    Optional<PolicyEntity> findForUpdate(UUID id);
}
