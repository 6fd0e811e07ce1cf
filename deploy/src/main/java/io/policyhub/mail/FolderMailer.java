package io.policyhub.mail;

import io.policyhub.assignment.Email;
import io.policyhub.assignment.Mailer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * The local run's "mail server": each e-mail becomes a text file in a folder, where a developer can open the
 * portal link it carries. Never used in production.
 */
final class FolderMailer implements Mailer {

    private final Path folder;

    FolderMailer(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(Email email) {
        try {
            Files.createDirectories(folder);
            String name = Instant.now().toString().replace(':', '-') + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + ".txt";
            String content = "From: " + email.senderName() + "\nTo: " + email.to() + "\nSubject: " + email.subject()
                    + "\n\n" + email.text();
            Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MailFailure("cannot write to the local outbox " + folder, e);
        }
    }
}
