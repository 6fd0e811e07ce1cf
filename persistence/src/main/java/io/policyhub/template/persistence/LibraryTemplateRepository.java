package io.policyhub.template.persistence;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LibraryTemplateRepository extends JpaRepository<LibraryTemplateEntity, UUID> {

    @Query("select t from LibraryTemplateEntity t order by t.content.title, t.id")
    Page<LibraryTemplateEntity> listByTitle(Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LibraryTemplateEntity t where t.id = :id")
    Optional<LibraryTemplateEntity> findForUpdate(UUID id);
}
