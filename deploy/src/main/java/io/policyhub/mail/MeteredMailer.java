package io.policyhub.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.policyhub.assignment.Email;
import io.policyhub.assignment.Mailer;

/**
 * Counts deliveries at the transport, where they happen: an e-mail handed to the mail server is sent whatever
 * becomes of the transaction afterwards. A failed attempt is counted each time; the outbox retries it with
 * back-off and gives up after {@link io.policyhub.assignment.OutboundEmail#MAX_ATTEMPTS} attempts.
 */
final class MeteredMailer implements Mailer {

    static final String SENT = "policyhub.emails.sent";
    static final String FAILED = "policyhub.emails.failed";

    private final Mailer transport;
    private final Counter sent;
    private final Counter failed;

    MeteredMailer(Mailer transport, MeterRegistry registry) {
        this.transport = transport;
        this.sent = Counter.builder(SENT)
                .description("E-mails to clients accepted by the mail transport")
                .register(registry);
        this.failed = Counter.builder(FAILED)
                .description("Delivery attempts of e-mails to clients that the mail transport refused")
                .register(registry);
    }

    @Override
    public void send(Email email) {
        try {
            transport.send(email);
        } catch (MailFailure failure) {
            failed.increment();
            throw failure;
        }
        sent.increment();
    }
}
