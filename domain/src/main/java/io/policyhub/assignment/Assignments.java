package io.policyhub.assignment;

import io.policyhub.client.ClientId;
import io.policyhub.policy.PolicyId;
import io.policyhub.practice.PracticeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Which clients of the current practice are asked to acknowledge which policies. */
public interface Assignments {

    Optional<Assignment> find(PolicyId policy, ClientId client);

    Assignment save(Assignment assignment);

    void delete(PolicyId policy, ClientId client);

    /** Assignments of the current practice whose client should be reminded now, per the practice's schedule. */
    List<Assignment> dueReminders();

    /** Counts one more reminder for this assignment. */
    void reminderQueued(PolicyId policy, ClientId client);

    /** Every client of the policy is asked afresh (a MAJOR version): the reminder schedule restarts. */
    void askAgain(PolicyId policy, Instant now);

    /** The practices with reminders due now: the scheduler's one look-up across tenants. */
    List<PracticeId> practicesWithDueReminders();

    /** The live (not erased) clients assigned this policy. */
    List<ClientId> clientsOf(PolicyId policy);
}
