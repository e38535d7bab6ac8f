package io.frontdesk.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.frontdesk.config.ConfigKey;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real SMTP server (GreenMail) on a free loopback port, for tests of outgoing email. It can be stopped and started
 * again on the same port to play an outage.
 *
 * <pre>{@code
 * try (MailServer mail = MailServer.start();
 *      TestServer server = TestServer.start(backend, mail.settings(), TestRoutes::register)) {
 *     server.app().start();                      // runs the outbox worker, as `serve` does
 *     ... publish a reply ...
 *     MimeMessage sent = mail.awaitMessages(1).get(0);
 *     assertThat(MailServer.header(sent, "In-Reply-To")).isEqualTo("<...>");
 * }
 * }</pre>
 *
 * GreenMail keeps one copy per recipient: a message to one customer with one Cc arrives twice. {@link #messageIds()}
 * counts distinct messages.
 */
public final class MailServer implements AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final int port;
    private GreenMail greenMail;

    private MailServer(int port) {
        this.port = port;
    }

    /** A running server on a free port. */
    public static MailServer start() {
        MailServer server = new MailServer(freePort());
        server.resume();
        return server;
    }

    public int port() {
        return port;
    }

    /** Settings that send to this server without TLS and poll the outbox often, for {@code TestServer.start}. */
    public Map<ConfigKey, String> settings() {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.SMTP_HOST, "127.0.0.1");
        settings.put(ConfigKey.SMTP_PORT, Integer.toString(port));
        settings.put(ConfigKey.SMTP_TLS, "none");
        settings.put(ConfigKey.SMTP_TIMEOUT_SECONDS, "5");
        settings.put(ConfigKey.OUTBOX_POLL_MILLIS, "50");
        return settings;
    }

    /** Accepts logins of this user from now on (GreenMail takes mail without a login too). */
    public void addUser(String email, String login, String password) {
        greenMail.setUser(email, login, password);
    }

    /** Stops listening: connections are refused until {@link #resume}. Received messages are forgotten. */
    public synchronized void pause() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void resume() {
        if (greenMail == null) {
            GreenMail fresh = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            fresh.start();
            greenMail = fresh;
        }
    }

    /** Every copy received so far, one per recipient. */
    public synchronized List<MimeMessage> messages() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Waits up to 10 s until at least {@code copies} copies arrived, then returns all of them. */
    public List<MimeMessage> awaitMessages(int copies) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (messages().size() < copies) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("expected " + copies + " received message copies within " + WAIT_MILLIS
                        + " ms, got " + messages().size());
            }
            sleep(20);
        }
        return messages();
    }

    /** The copies delivered to one address (To, Cc or Bcc). */
    public synchronized List<MimeMessage> messagesFor(String address) {
        if (greenMail == null) {
            return List.of();
        }
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    /** The distinct Message-IDs received, in arrival order: one per message, however many recipients it had. */
    public Set<String> messageIds() {
        Set<String> ids = new LinkedHashSet<>();
        messages().forEach(m -> ids.add(header(m, "Message-ID")));
        return ids;
    }

    /** A header's value, unfolded, or null. */
    public static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, " ");
            return value == null ? null : value.replaceAll("\r?\n[ \t]+", " ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The addresses of one header (To, Cc, From) as plain addresses. */
    public static List<String> addresses(MimeMessage message, String header) {
        try {
            Address[] parsed = InternetAddress.parseHeader(header(message, header) == null ? ""
                    : header(message, header), true);
            List<String> result = new ArrayList<>();
            for (Address address : parsed) {
                result.add(((InternetAddress) address).getAddress());
            }
            return result;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain body: the whole body of a simple message, the plain part of a multipart one. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The text/html part, or null. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pause();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
