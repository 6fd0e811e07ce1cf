package io.policyhub.mail;

import io.policyhub.assignment.InvitationDispatcher;
import io.policyhub.practice.PracticeId;
import io.policyhub.practice.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, queues due reminders and empties the outbox, one practice at a time and inside that
 * practice's scope. Safe on any number of nodes: e-mails are claimed with FOR UPDATE SKIP LOCKED and reminders
 * are counted on the assignment row in the same transaction.
 */
@Component
@ConditionalOnProperty(name = "policyhub.mail.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class InvitationDispatchJob {

    private static final Logger log = LoggerFactory.getLogger(InvitationDispatchJob.class);

    private final InvitationDispatcher dispatcher;

    InvitationDispatchJob(InvitationDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${policyhub.mail.dispatch.interval:PT5S}")
    void dispatchDueEmail() {
        for (PracticeId practice : dispatcher.practicesWithWorkDue()) {
            MDC.put("practiceId", practice.toString());
            try {
                int reminders = TenantScope.callWithin(TenantScope.of(practice), dispatcher::queueDueReminders);
                int handled = TenantScope.callWithin(TenantScope.of(practice), dispatcher::dispatchDue);
                log.debug("queued {} reminders, handled {} e-mails", reminders, handled);
            } catch (RuntimeException e) {
                log.warn("e-mail dispatch failed; will retry", e);
            } finally {
                MDC.remove("practiceId");
            }
        }
    }
}
