package io.policyhub.practice;

import io.policyhub.shared.EmailAddresses;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a platform administrator provides to register a practice.
 *
 * @param firstAdminEmail the person invited as the practice's first admin, if any
 */
public record NewPractice(
        String name,
        String alias,
        @Nullable String contactEmail,
        @Nullable String firstAdminEmail) {

    public NewPractice {
        firstAdminEmail = firstAdminEmail == null ? null : EmailAddresses.valid("firstAdminEmail", firstAdminEmail);
    }

    /** A practice without a first admin yet (staff are invited later). */
    public NewPractice(String name, String alias, @Nullable String contactEmail) {
        this(name, alias, contactEmail, null);
    }

    public Optional<StaffInvitation> firstAdmin() {
        return Optional.ofNullable(firstAdminEmail).map(email -> StaffInvitation.of(email, StaffRole.PRACTICE_ADMIN));
    }
}
