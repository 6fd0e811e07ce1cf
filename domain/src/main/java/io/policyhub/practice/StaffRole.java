package io.policyhub.practice;

import io.policyhub.shared.InvalidInput;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roles a member of a practice's staff can hold, named as the identity provider's realm roles, the one that
 * allows most first.
 */
public enum StaffRole {
    PRACTICE_ADMIN("practice-admin"),
    PRACTICE_EDITOR("practice-editor"),
    PRACTICE_VIEWER("practice-viewer");

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    /** The realm role, as tokens carry it in {@code realm_access.roles}. */
    public String roleName() {
        return roleName;
    }

    /** The highest staff role among an account's realm roles; empty when it holds none. */
    public static Optional<StaffRole> highestOf(Collection<String> roleNames) {
        return Arrays.stream(values())
                .filter(role -> roleNames.contains(role.roleName))
                .min(Comparator.naturalOrder());
    }

    /** Whether the realm role is one of the staff roles (and not, say, integrator or one of Keycloak's own). */
    public static boolean isStaffRole(String roleName) {
        return Arrays.stream(values()).anyMatch(role -> role.roleName.equals(roleName));
    }

    public static StaffRole ofRoleName(String name) {
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(name))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of(
                        "role",
                        "must be one of "
                                + Arrays.stream(values())
                                        .map(StaffRole::roleName)
                                        .collect(Collectors.joining(", "))));
    }
}
