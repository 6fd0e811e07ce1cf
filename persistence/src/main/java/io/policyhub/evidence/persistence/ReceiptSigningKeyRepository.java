package io.policyhub.evidence.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptSigningKeyRepository extends JpaRepository<ReceiptSigningKeyEntity, String> {

    Optional<ReceiptSigningKeyEntity> findFirstByOrderByCreatedAtDescKeyIdAsc();

    List<ReceiptSigningKeyEntity> findAllByOrderByCreatedAtDescKeyIdAsc();
}
