package io.policyhub.acknowledgement.admin;

import io.policyhub.acknowledgement.Compliance;
import io.policyhub.acknowledgement.OutstandingClient;
import io.policyhub.policy.Policy;
import java.util.List;
import java.util.Optional;

/**
 * One policy on the dashboard: its current version and how its assigned clients stand, as the three parts of a
 * bar (acknowledged, outstanding but not yet overdue, overdue), with the clients who need attention, overdue first.
 */
record PolicyCompliance(
        Policy policy,
        boolean published,
        long assigned,
        long acknowledged,
        long waiting,
        long overdue,
        List<OutstandingClient> needingAttention) {

    static PolicyCompliance of(Policy policy, Optional<Compliance> compliance) {
        if (compliance.isEmpty()) {
            return new PolicyCompliance(policy, false, 0, 0, 0, 0, List.of());
        }
        Compliance c = compliance.get();
        return new PolicyCompliance(
                policy,
                true,
                c.assigned(),
                c.acknowledged(),
                c.outstanding() - c.overdue(),
                c.overdue(),
                c.outstandingClients().items());
    }

    public long outstanding() {
        return waiting + overdue;
    }

    /** The bar's parts as percentages of the assigned clients, for the SVG's widths (CSP allows no inline style). */
    public double acknowledgedWidth() {
        return share(acknowledged);
    }

    public double waitingWidth() {
        return share(waiting);
    }

    public double overdueWidth() {
        return share(overdue);
    }

    public String summary() {
        return acknowledged + " of " + assigned + " acknowledged, " + waiting + " outstanding, " + overdue + " overdue";
    }

    private double share(long part) {
        return assigned == 0 ? 0 : Math.round(part * 1000.0 / assigned) / 10.0;
    }
}
