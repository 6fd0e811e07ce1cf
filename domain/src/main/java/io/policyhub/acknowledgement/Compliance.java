package io.policyhub.acknowledgement;

import io.policyhub.shared.Page;
import java.util.Optional;

/**
 * How many assigned clients have agreed to the binding version of a policy: the newest MAJOR version (or
 * version 1); acknowledgements of later MINOR versions count too, earlier ones do not.
 *
 * @param outstanding assigned clients who have not agreed yet, the overdue ones included
 * @param overdue outstanding clients whose last reminder (by the practice's schedule) is already past
 */
public record Compliance(
        Optional<Integer> currentVersion,
        Optional<Integer> bindingVersion,
        long assigned,
        long acknowledged,
        long outstanding,
        long overdue,
        Page<OutstandingClient> outstandingClients) {}
