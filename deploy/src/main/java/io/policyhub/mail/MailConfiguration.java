package io.policyhub.mail;

import io.micrometer.core.instrument.MeterRegistry;
import io.policyhub.assignment.Mailer;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chooses the mail transport, SMTP or (local run) a folder of text files, and counts what it delivers. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

    @Bean
    @ConditionalOnProperty(name = "policyhub.mail.transport", havingValue = "smtp", matchIfMissing = true)
    Mailer smtpMailer(JavaMailSender sender, @Value("${policyhub.mail.from}") String from, MeterRegistry registry) {
        return new MeteredMailer(new SmtpMailer(sender, from), registry);
    }

    @Bean
    @ConditionalOnProperty(name = "policyhub.mail.transport", havingValue = "folder")
    Mailer folderMailer(@Value("${policyhub.mail.folder}") Path folder, MeterRegistry registry) {
        return new MeteredMailer(new FolderMailer(folder), registry);
    }
}
