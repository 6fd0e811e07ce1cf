package io.policyhub.practice;

import io.policyhub.shared.EmailAddresses;
import io.policyhub.shared.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person to invite to a practice's staff, with the role they get. */
public record StaffInvitation(
        String email,
        StaffRole role,
        @Nullable String firstName,
        @Nullable String lastName) {

    public StaffInvitation {
        email = EmailAddresses.valid("email", email);
        Objects.requireNonNull(role, "role");
        firstName = Text.optional("firstName", firstName, 100);
        lastName = Text.optional("lastName", lastName, 100);
    }

    public static StaffInvitation of(String email, StaffRole role) {
        return new StaffInvitation(email, role, null, null);
    }
}
