package io.policyhub.assignment;

/** Hands e-mails to a mail transport (SMTP in production). */
public interface Mailer {

    /**
     * @throws MailFailure when the transport refuses or cannot be reached; the caller retries later
     */
    void send(Email email);

    /** The transport could not take the e-mail. */
    final class MailFailure extends RuntimeException {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
