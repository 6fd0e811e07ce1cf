package io.policyhub.practice;

import io.policyhub.shared.Page;
import io.policyhub.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The practices the current {@link TenantScope} can see. */
public interface Practices {

    Practice save(Practice practice);

    Optional<Practice> findById(PracticeId id);

    /** Every practice visible in the current scope, ordered by name. */
    Page<Practice> findVisible(PageRequest page);

    /** Whether any practice, visible or not, already uses this alias. */
    boolean aliasTaken(String alias);

    /**
     * Resolves organization aliases from a token to practice ids (aliases nobody has are left out). This is the
     * one look-up that crosses tenants, because it runs before the caller's tenant is known.
     */
    Map<String, PracticeId> idsByAliases(Collection<String> aliases);
}
