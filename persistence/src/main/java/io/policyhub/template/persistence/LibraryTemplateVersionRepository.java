package io.policyhub.template.persistence;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryTemplateVersionRepository
        extends JpaRepository<LibraryTemplateVersionEntity, LibraryTemplateVersionEntity.Key> {

    Page<LibraryTemplateVersionEntity> findByTemplateIdOrderByNumberDesc(UUID templateId, Pageable page);
}
