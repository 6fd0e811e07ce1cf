package io.policyhub.practice.persistence;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.stream.Collectors;
import org.hibernate.Session;
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

    private static final String APPLY_SCOPE = "select set_config('app.practice_id', ?, true),"
            + " set_config('app.visible_practices', ?, true),"
            + " set_config('app.platform_access', ?, true),"
            + " set_config('app.actor', ?, true)";

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        var holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder != null) {
            applyScope(holder.getEntityManager(), TenantScope.current());
        }
    }

    /** Plain JDBC on the transaction's connection: it runs before every transaction, so it skips Hibernate's query layer. */
    private static void applyScope(EntityManager entityManager, TenantScope scope) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(APPLY_SCOPE)) {
                statement.setString(
                        1, scope.practice().map(PracticeId::toString).orElse(""));
                statement.setString(
                        2,
                        scope.visiblePractices().stream()
                                .map(PracticeId::toString)
                                .collect(Collectors.joining(",")));
                statement.setString(3, scope.platformWide() ? "on" : "off");
                statement.setString(4, scope.actor());
                statement.execute();
            }
        });
    }
}
