package io.policyhub.template;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.Optional;

/**
 * The platform library's templates, which every practice may read, and the current practice's own templates,
 * with their published versions.
 */
public interface Templates {

    Template save(Template template);

    Optional<Template> find(TemplateRef ref);

    /** Like {@link #find} but locks the template until the transaction ends, so edits and publications queue. */
    Optional<Template> findForUpdate(TemplateRef ref);

    /** Library templates, or the current practice's templates, ordered by title. */
    Page<Template> list(TemplateKind kind, PageRequest page);

    /** Stores a new version; versions are never updated afterwards. */
    TemplateVersion addVersion(TemplateVersion version);

    Optional<TemplateVersion> findVersion(TemplateRef ref, int number);

    /** Versions newest first. */
    Page<TemplateVersion> versions(TemplateRef ref, PageRequest page);
}
