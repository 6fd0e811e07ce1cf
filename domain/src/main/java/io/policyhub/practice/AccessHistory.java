package io.policyhub.practice;

/** Where changes to a practice's access are written down: its audit trail, beside every other change. */
public interface AccessHistory {

    /** Appends {@code change} to {@code practice}'s audit trail, made by the current actor. */
    void record(PracticeId practice, AccessChange change);
}
