package io.policyhub.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on loopback that the application sends to during tests. */
public final class TestMailServer {

    private static TestMailServer instance;

    private final ServerSetup setup;
    private GreenMail greenMail;

    private TestMailServer(int port) {
        this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        start();
    }

    public static synchronized TestMailServer get() {
        if (instance == null) {
            instance = new TestMailServer(freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.stop()));
        }
        return instance;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
