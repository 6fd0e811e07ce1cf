package io.policyhub.template.persistence;

import io.policyhub.practice.persistence.Pages;
import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import io.policyhub.template.Template;
import io.policyhub.template.TemplateKind;
import io.policyhub.template.TemplateRef;
import io.policyhub.template.TemplateVersion;
import io.policyhub.template.Templates;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Library templates and the current practice's templates, each kind in its own pair of tables. */
@Repository
class JpaTemplates implements Templates {

    private final LibraryTemplateRepository library;
    private final LibraryTemplateVersionRepository libraryVersions;
    private final PracticeTemplateRepository practice;
    private final PracticeTemplateVersionRepository practiceVersions;
    private final EntityManager entityManager;

    JpaTemplates(
            LibraryTemplateRepository library,
            LibraryTemplateVersionRepository libraryVersions,
            PracticeTemplateRepository practice,
            PracticeTemplateVersionRepository practiceVersions,
            EntityManager entityManager) {
        this.library = library;
        this.libraryVersions = libraryVersions;
        this.practice = practice;
        this.practiceVersions = practiceVersions;
        this.entityManager = entityManager;
    }

    @Override
    public Template save(Template template) {
        if (template.kind() == TemplateKind.LIBRARY) {
            LibraryTemplateEntity entity =
                    library.findById(template.id().value()).orElse(null);
            if (entity == null) {
                entity = new LibraryTemplateEntity(template);
                entityManager.persist(entity);
            } else {
                entity.copy(template);
            }
            return entity.toDomain();
        }
        PracticeTemplateEntity entity = practice.findById(template.id().value()).orElse(null);
        if (entity == null) {
            entity = new PracticeTemplateEntity(template);
            entityManager.persist(entity);
        } else {
            entity.copy(template);
        }
        return entity.toDomain();
    }

    @Override
    public Optional<Template> find(TemplateRef ref) {
        return ref.kind() == TemplateKind.LIBRARY
                ? library.findById(ref.id().value()).map(LibraryTemplateEntity::toDomain)
                : practice.findById(ref.id().value()).map(PracticeTemplateEntity::toDomain);
    }

    @Override
    public Optional<Template> findForUpdate(TemplateRef ref) {
        return ref.kind() == TemplateKind.LIBRARY
                ? library.findForUpdate(ref.id().value()).map(LibraryTemplateEntity::toDomain)
                : practice.findForUpdate(ref.id().value()).map(PracticeTemplateEntity::toDomain);
    }

    @Override
    public Page<Template> list(TemplateKind kind, PageRequest page) {
        var result = kind == TemplateKind.LIBRARY
                ? library.listByTitle(Pages.of(page)).map(LibraryTemplateEntity::toDomain)
                : practice.listByTitle(Pages.of(page)).map(PracticeTemplateEntity::toDomain);
        return Page.of(result.getContent(), page, result.getTotalElements());
    }

    @Override
    public TemplateVersion addVersion(TemplateVersion version) {
        entityManager.persist(
                version.template().kind() == TemplateKind.LIBRARY
                        ? new LibraryTemplateVersionEntity(version)
                        : new PracticeTemplateVersionEntity(version));
        return version;
    }

    @Override
    public Optional<TemplateVersion> findVersion(TemplateRef ref, int number) {
        return ref.kind() == TemplateKind.LIBRARY
                ? libraryVersions
                        .findById(new LibraryTemplateVersionEntity.Key(ref.id().value(), number))
                        .map(LibraryTemplateVersionEntity::toDomain)
                : practiceVersions
                        .findById(new PracticeTemplateVersionEntity.Key(ref.id().value(), number))
                        .map(PracticeTemplateVersionEntity::toDomain);
    }

    @Override
    public Page<TemplateVersion> versions(TemplateRef ref, PageRequest page) {
        var result = ref.kind() == TemplateKind.LIBRARY
                ? libraryVersions
                        .findByTemplateIdOrderByNumberDesc(ref.id().value(), Pages.of(page))
                        .map(LibraryTemplateVersionEntity::toDomain)
                : practiceVersions
                        .findByTemplateIdOrderByNumberDesc(ref.id().value(), Pages.of(page))
                        .map(PracticeTemplateVersionEntity::toDomain);
        return Page.of(result.getContent(), page, result.getTotalElements());
    }
}
