package io.policyhub.practice;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The practices the current unit of work may touch. It is set once per request from the authenticated
 * principal (or the portal token), read by persistence to scope Hibernate sessions and PostgreSQL row-level
 * security, and always cleared afterwards.
 *
 * @param practice the practice whose data the work reads and writes; empty outside any practice
 * @param visiblePractices the practices whose profile the caller may list
 * @param platformWide whether the caller administers the platform and so may see and create every practice
 * @param actor who acts, as recorded in the audit trail (a user or client name, or "system")
 */
public record TenantScope(
        Optional<PracticeId> practice, Set<PracticeId> visiblePractices, boolean platformWide, String actor) {

    private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

    public static final String SYSTEM = "system";

    private static final TenantScope NONE = new TenantScope(Optional.empty(), Set.of(), false, SYSTEM);

    public TenantScope {
        visiblePractices = Set.copyOf(visiblePractices);
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a scope always names its actor");
        }
    }

    public static TenantScope none() {
        return NONE;
    }

    /** Work of the system itself (schedulers, migrations of data) inside one practice. */
    public static TenantScope of(PracticeId practice) {
        return new TenantScope(Optional.of(practice), Set.of(practice), false, SYSTEM);
    }

    public TenantScope actingAs(String who) {
        return new TenantScope(practice, visiblePractices, platformWide, who);
    }

    public static TenantScope current() {
        TenantScope scope = CURRENT.get();
        return scope == null ? NONE : scope;
    }

    /** Runs {@code work} within {@code scope}, restoring the previous scope afterwards. */
    public static <T> T callWithin(TenantScope scope, Supplier<T> work) {
        try (var ignored = activate(scope)) {
            return work.get();
        }
    }

    /**
     * Makes {@code scope} current until the returned handle is closed, for callers (such as servlet filters)
     * whose work throws checked exceptions. Use with try-with-resources.
     */
    public static Activation activate(TenantScope scope) {
        @Nullable TenantScope previous = CURRENT.get();
        CURRENT.set(scope);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Restores the previous scope when closed. */
    @FunctionalInterface
    public interface Activation extends AutoCloseable {
        @Override
        void close();
    }

    public static void runWithin(TenantScope scope, Runnable work) {
        callWithin(scope, () -> {
            work.run();
            return null;
        });
    }
}
