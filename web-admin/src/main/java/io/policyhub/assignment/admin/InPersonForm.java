package io.policyhub.assignment.admin;

import org.jspecify.annotations.Nullable;

/**
 * Recording an acknowledgement given in person: the version the client read, their name as they wrote it, and
 * the staff member's confirmation that it happened.
 */
record InPersonForm(
        int version, @Nullable String fullName, @Nullable String confirmed) {

    boolean isConfirmed() {
        return "yes".equals(confirmed);
    }
}
