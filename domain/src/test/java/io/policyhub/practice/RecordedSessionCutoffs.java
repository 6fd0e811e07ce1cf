package io.policyhub.practice;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The session cut-offs of the unit tests. */
final class RecordedSessionCutoffs implements StaffSessionCutoffs {

    record Key(PracticeId practice, String username) {}

    final Map<Key, Instant> cutoffs = new HashMap<>();

    @Override
    public void cutOff(PracticeId practice, String username, Instant at) {
        cutoffs.put(new Key(practice, username), at);
    }

    @Override
    public Optional<Instant> cutoffOf(PracticeId practice, String username) {
        return Optional.ofNullable(cutoffs.get(new Key(practice, username)));
    }
}
