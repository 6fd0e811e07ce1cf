package io.policyhub.mail;

import io.policyhub.assignment.Email;
import io.policyhub.assignment.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through SMTP (Spring Mail), with the practice's name as the sender's name. */
final class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String fromAddress;

    SmtpMailer(JavaMailSender sender, String fromAddress) {
        this.sender = sender;
        this.fromAddress = fromAddress;
    }

    @Override
    public void send(Email email) {
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(fromAddress, email.senderName(), "UTF-8"));
            if (email.replyTo() != null) {
                helper.setReplyTo(email.replyTo());
            }
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            sender.send(message);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure("SMTP delivery failed: " + e.getMessage(), e);
        }
    }
}
