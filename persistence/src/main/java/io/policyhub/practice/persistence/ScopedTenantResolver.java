package io.policyhub.practice.persistence;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Opens every Hibernate session for the practice of the current {@link TenantScope}, so each entity query
 * carries {@code practice_id = ?}. Outside any practice it answers an id no practice has: such sessions see no
 * tenant data at all rather than everyone's.
 */
final class ScopedTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

    static final UUID NO_PRACTICE = new UUID(0, 0);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantScope.current().practice().map(PracticeId::value).orElse(NO_PRACTICE);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
