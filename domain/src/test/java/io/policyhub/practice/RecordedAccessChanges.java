package io.policyhub.practice;

import java.util.ArrayList;
import java.util.List;

/** The access history of the unit tests: what would have entered each practice's audit trail, in order. */
final class RecordedAccessChanges implements AccessHistory {

    record Entry(PracticeId practice, AccessChange change) {}

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(PracticeId practice, AccessChange change) {
        entries.add(new Entry(practice, change));
    }
}
