package io.policyhub.practice.persistence;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<PracticeEntity, UUID> {

    Page<PracticeEntity> findAllByOrderByNameAscIdAsc(Pageable page);

    boolean existsByAlias(String alias);
}
