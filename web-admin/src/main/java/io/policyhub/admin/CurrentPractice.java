package io.policyhub.admin;

import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;

/** The practice the current admin request works in, as {@link AdminTenantScopeFilter} set it. */
public final class CurrentPractice {

    private CurrentPractice() {}

    public static PracticeId id() {
        return TenantScope.current()
                .practice()
                .orElseThrow(() -> new IllegalStateException("no practice chosen for this admin request"));
    }
}
