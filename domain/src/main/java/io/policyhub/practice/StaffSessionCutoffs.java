package io.policyhub.practice;

import java.time.Instant;
import java.util.Optional;

/**
 * When a staff member's access to a practice last changed. A session signed in before then still carries the
 * roles and practices of its sign-in, so it must end: a removed member or a lowered role takes effect at their
 * next page, not when their session would have expired.
 */
public interface StaffSessionCutoffs {

    /** Ends the sessions {@code username} signed in to {@code practice} with before {@code at}. */
    void cutOff(PracticeId practice, String username, Instant at);

    /** The moment before which {@code username}'s sessions in {@code practice} are no longer good, if any. */
    Optional<Instant> cutoffOf(PracticeId practice, String username);
}
