package io.policyhub.template.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PracticeTemplateRepository extends JpaRepository<PracticeTemplateEntity, UUID> {

    @Query("select t from PracticeTemplateEntity t order by t.content.title, t.id")
    Page<PracticeTemplateEntity> listByTitle(Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PracticeTemplateEntity t where t.id = :id")
    Optional<PracticeTemplateEntity> findForUpdate(UUID id);
}
