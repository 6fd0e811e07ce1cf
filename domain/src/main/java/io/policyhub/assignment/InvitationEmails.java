package io.policyhub.assignment;

import io.policyhub.client.Client;
import io.policyhub.practice.Practice;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes the e-mails that carry a client's personal link, in plain text and HTML. */
final class InvitationEmails {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    private InvitationEmails() {}

    static Email compose(
            EmailKind kind, Practice practice, Client client, String policyTitle, String link, Instant expiresAt) {
        String subject = switch (kind) {
            case INVITATION, RESENT -> "Please read and agree: " + policyTitle;
            case NEW_VERSION -> "Updated policy, please read and agree again: " + policyTitle;
            case REMINDER -> "Reminder: please read and agree to " + policyTitle;
        };
        String why = switch (kind) {
            case INVITATION, RESENT ->
                practice.name() + " asks you to read its " + policyTitle + " and confirm that you agree.";
            case NEW_VERSION ->
                practice.name() + " has updated its " + policyTitle
                        + ". Please read the new version and confirm that you agree.";
            case REMINDER ->
                practice.name() + " is still waiting for you to read its " + policyTitle
                        + " and confirm that you agree.";
        };
        String until = "This personal link works until " + DATE.format(expiresAt) + ". Please do not forward it.";
        String text = "Dear " + client.displayName() + ",\n\n" + why + "\n\n" + link + "\n\n" + until + "\n\n"
                + practice.name() + "\n";
        String html = "<!DOCTYPE html><html lang=\"en-GB\"><body>"
                + "<p>Dear " + escape(client.displayName()) + ",</p>"
                + "<p>" + escape(why) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">Read the policy and agree</a></p>"
                + "<p>" + escape(until) + "</p>"
                + "<p>" + escape(practice.name()) + "</p></body></html>";
        return new Email(
                practice.emailsFrom(), practice.contactEmail().orElse(null), client.email(), subject, text, html);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
