package io.policyhub.template.persistence;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeTemplateVersionRepository
        extends JpaRepository<PracticeTemplateVersionEntity, PracticeTemplateVersionEntity.Key> {

    Page<PracticeTemplateVersionEntity> findByTemplateIdOrderByNumberDesc(UUID templateId, Pageable page);
}
