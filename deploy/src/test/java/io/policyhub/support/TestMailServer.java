package io.policyhub.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on loopback that the application sends to during tests. */
public final class TestMailServer {

    private static final Pattern PORTAL_LINK = Pattern.compile("https?://\\S+?(/portal/[A-Za-z0-9_-]{43})");

    private static TestMailServer instance;

    private final ServerSetup setup;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    public static synchronized TestMailServer get() {
        if (instance == null) {
            instance = new TestMailServer(FreePorts.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.stop()));
        }
        return instance;
    }

    public int port() {
        return setup.getPort();
    }

    /** Takes the SMTP server down, as an outage would. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(setup);
            greenMail.start();
        }
    }

    /** Every message received so far that was addressed to {@code address}. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The first message to {@code address}, once it has arrived (the outbox sends asynchronously). */
    public MimeMessage awaitFirstMailTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !receivedBy(address).isEmpty());
        return receivedBy(address).get(0);
    }

    /** The path of the portal link in an invitation: the mail names the public base URL, tests use their own port. */
    public static String portalLinkPathIn(MimeMessage invitation) {
        Matcher link = PORTAL_LINK.matcher(plainText(invitation));
        assertThat(link.find()).as("the invitation carries a portal link").isTrue();
        return link.group(1);
    }

    /** The decoded text/plain part of a message (the first one, in a multipart message). */
    public static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the message", e);
        }
    }
}
