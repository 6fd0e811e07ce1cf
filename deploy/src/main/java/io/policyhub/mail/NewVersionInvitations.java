package io.policyhub.mail;

import io.policyhub.assignment.AssignmentManagement;
import io.policyhub.policy.PolicyPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a MAJOR version is published, every assigned client is e-mailed to agree again. */
@Component
class NewVersionInvitations {

    private final AssignmentManagement assignments;

    NewVersionInvitations(AssignmentManagement assignments) {
        this.assignments = assignments;
    }

    @EventListener
    void on(PolicyPublished published) {
        assignments.inviteToNewVersion(published);
    }
}
