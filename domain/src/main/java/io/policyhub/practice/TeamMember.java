package io.policyhub.practice;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person on a practice's staff, as the identity provider knows them.
 *
 * @param id the provider's id of their account: how the team pages and the API name them
 * @param username what they sign in with (the {@code preferred_username} of their tokens)
 * @param name their full name, when the provider has one
 * @param email their e-mail address, when the provider has one
 * @param role their staff role; empty for an account that belongs to the practice but holds none
 * @param pending whether they were invited and have not set up their account yet
 */
public record TeamMember(
        String id,
        String username,
        @Nullable String name,
        @Nullable String email,
        Optional<StaffRole> role,
        boolean pending) {

    public TeamMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role.filter(StaffRole.PRACTICE_ADMIN::equals).isPresent();
    }

    /** An admin who can act now: one still to accept their invitation may never do so. */
    boolean isActiveAdmin() {
        return isAdmin() && !pending;
    }

    /** How people recognise them: their name, else their address, else what they sign in with. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null ? email : username;
    }

    TeamMember withRole(StaffRole newRole) {
        return new TeamMember(id, username, name, email, Optional.of(newRole), pending);
    }
}
