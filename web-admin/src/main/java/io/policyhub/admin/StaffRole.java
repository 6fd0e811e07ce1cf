package io.policyhub.admin;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a member of practice staff may do in the admin pages, from the identity provider's realm roles. Each
 * role includes the ones before it: viewers see, editors also draft, admins also publish, assign and manage
 * the practice's settings.
 */
public enum StaffRole {
    VIEWER("practice-viewer", "Viewer"),
    EDITOR("practice-editor", "Editor"),
    ADMIN("practice-admin", "Admin");

    /** The Spring Security authority prefix the role names get. */
    static final String AUTHORITY_PREFIX = "ROLE_";

    private final String realmRole;
    private final String label;

    StaffRole(String realmRole, String label) {
        this.realmRole = realmRole;
        this.label = label;
    }

    public String realmRole() {
        return realmRole;
    }

    public String label() {
        return label;
    }

    public boolean includes(StaffRole other) {
        return compareTo(other) >= 0;
    }

    public boolean canEdit() {
        return includes(EDITOR);
    }

    public boolean canPublish() {
        return includes(ADMIN);
    }

    /** The highest staff role among the given realm roles; empty for identities that are not practice staff. */
    static Optional<StaffRole> highestOf(Collection<String> realmRoles) {
        return Arrays.stream(values())
                .filter(role -> realmRoles.contains(role.realmRole))
                .max(Comparator.naturalOrder());
    }
}
