package io.policyhub.practice.persistence;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import jakarta.persistence.EntityManager;
import java.util.stream.Collectors;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by handing the current {@link TenantScope} to PostgreSQL as transaction-local
 * settings, which the row-level security policies read. Because they are local ({@code set_config(..., true)})
 * they vanish at commit or rollback and can never leak to the next user of a pooled connection. The actor
 * travels the same way, so the audit triggers know who made each change.
 */
public class TenantScopedTransactionManager extends JpaTransactionManager {

    private static final String APPLY_SCOPE = "select set_config('app.practice_id', ?1, true),"
            + " set_config('app.visible_practices', ?2, true),"
            + " set_config('app.platform_access', ?3, true),"
            + " set_config('app.actor', ?4, true)";

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        var holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder != null) {
            applyScope(holder.getEntityManager(), TenantScope.current());
        }
    }

    private static void applyScope(EntityManager entityManager, TenantScope scope) {
        entityManager
                .createNativeQuery(APPLY_SCOPE)
                .setParameter(1, scope.practice().map(PracticeId::toString).orElse(""))
                .setParameter(
                        2,
                        scope.visiblePractices().stream()
                                .map(PracticeId::toString)
                                .collect(Collectors.joining(",")))
                .setParameter(3, scope.platformWide() ? "on" : "off")
                .setParameter(4, scope.actor())
                .getSingleResult();
    }
}
