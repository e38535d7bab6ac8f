package io.frontdesk.webhook.http;

import io.frontdesk.webhook.AddressPolicy;
import io.frontdesk.webhook.SendResult;
import io.frontdesk.webhook.WebhookSender;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Posts webhook bodies over HTTP/1.1 on a socket of its own, to the address {@link AddressPolicy} checked: the JDK's
 * HTTP clients resolve the host again when they connect, which would let a DNS answer that changed after the check
 * (rebinding) reach a private address. TLS is verified against the URL's host name (SNI and the certificate), as any
 * client would. Redirects are never followed (a 3xx is a failed attempt). The connection is bounded by the connect
 * timeout and the whole attempt by the total timeout, reading included; of the answer, at most 64 KB is read and its
 * first 1 KB kept for the delivery log.
 */
public final class PinnedHttpSender implements WebhookSender {

    /** Bodies are captured resources; anything larger is a bug or an abuse, refused before connecting. */
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;
    static final int MAX_RESPONSE_READ = 64 * 1024;
    static final int EXCERPT_BYTES = 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final AddressPolicy policy;
    private final Duration connectTimeout;
    private final Duration totalTimeout;

    public PinnedHttpSender(AddressPolicy policy, Duration connectTimeout, Duration totalTimeout) {
        this.policy = policy;
        this.connectTimeout = connectTimeout;
        this.totalTimeout = totalTimeout;
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "webhook-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Override
    public SendResult post(URI url, Map<String, String> headers, byte[] body) {
        long started = System.nanoTime();
        if (body.length > MAX_REQUEST_BYTES) {
            return SendResult.failed(0, "request body over " + MAX_REQUEST_BYTES + " bytes");
        }
        List<InetAddress> addresses;
        try {
            addresses = policy.addresses(url);
        } catch (AddressPolicy.Refused e) {
            return SendResult.failed(elapsed(started), "refused: " + e.getMessage());
        }
        AtomicReference<Socket> current = new AtomicReference<>();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            closeQuietly(current.get());
        }, totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            Socket open = connect(current, expired, addresses, url);
            open.setSoTimeout((int) Math.max(1, totalTimeout.toMillis()));
            write(open.getOutputStream(), url, headers, body);
            return read(new BufferedInputStream(open.getInputStream()), started);
        } catch (SocketTimeoutException e) {
            return SendResult.failed(elapsed(started), "timed out");
        } catch (IOException e) {
            if (expired.get()) {
                return SendResult.failed(elapsed(started), "timed out after " + totalTimeout.toSeconds() + " s");
            }
            return SendResult.failed(elapsed(started), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            deadline.cancel(false);
            closeQuietly(current.get());
        }
    }

    /**
     * Connects to the first checked address that accepts, a fresh socket for each (a socket that failed to connect is
     * closed); TLS on top for https, verified for the URL's host.
     */
    private Socket connect(AtomicReference<Socket> current, AtomicBoolean expired, List<InetAddress> addresses,
                           URI url) throws IOException {
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        Socket socket = null;
        IOException last = null;
        for (InetAddress address : addresses) {
            Socket candidate = new Socket();
            current.set(candidate);
            if (expired.get()) {
                throw new SocketTimeoutException("timed out");
            }
            try {
                candidate.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
                socket = candidate;
                break;
            } catch (SocketTimeoutException e) {
                throw new SocketTimeoutException("connect timed out");
            } catch (IOException e) {
                last = e;
                closeQuietly(candidate);
            }
        }
        if (socket == null) {
            throw last != null ? last : new IOException("no address to connect to");
        }
        if (!https) {
            return socket;
        }
        String host = bare(url.getHost());
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.contains(":") && !host.matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static void write(OutputStream out, URI url, Map<String, String> headers, byte[] body)
            throws IOException {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            path += "?" + url.getRawQuery();
        }
        boolean https = url.getScheme().equalsIgnoreCase("https");
        boolean defaultPort = url.getPort() == -1 || url.getPort() == (https ? 443 : 80);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(defaultPort ? "" : ":" + url.getPort()).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("Connection: close\r\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            head.append(header.getKey()).append(": ").append(header.getValue().replaceAll("[\r\n]", " "))
                    .append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** The status and up to 64 KB of the body (1 KB kept); interim 1xx answers are skipped. */
    private static SendResult read(InputStream in, long started) throws IOException {
        while (true) {
            String status = line(in);
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
                return SendResult.failed(elapsed(started), "not an HTTP answer");
            }
            int code = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            int headerBytes = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                headerBytes += header.length();
                if (headerBytes > MAX_HEADER_BYTES) {
                    return SendResult.failed(elapsed(started), "answer's headers over 16 KB");
                }
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                if (name.equals("content-length") && value.matches("\\d{1,18}")) {
                    length = Long.parseLong(value);
                } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                }
            }
            if (code >= 100 && code < 200) {
                continue;
            }
            byte[] excerpt = chunked ? chunked(in) : body(in, length);
            return new SendResult(code, elapsed(started),
                    new String(excerpt, StandardCharsets.UTF_8).replace("\uFFFD", "?"), null);
        }
    }

    private static byte[] body(InputStream in, long length) throws IOException {
        long limit = length < 0 ? MAX_RESPONSE_READ : Math.min(length, MAX_RESPONSE_READ);
        byte[] kept = new byte[EXCERPT_BYTES];
        int keptLength = 0;
        long read = 0;
        byte[] buffer = new byte[4096];
        while (read < limit) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read));
            if (n < 0) {
                break;
            }
            int copy = Math.min(n, EXCERPT_BYTES - keptLength);
            System.arraycopy(buffer, 0, kept, keptLength, copy);
            keptLength += copy;
            read += n;
        }
        return java.util.Arrays.copyOf(kept, keptLength);
    }

    /** A chunked body's data, within the same bounds. */
    private static byte[] chunked(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        long read = 0;
        while (read < MAX_RESPONSE_READ) {
            String size = line(in).split(";", 2)[0].trim();
            if (!size.matches("[0-9a-fA-F]{1,7}")) {
                break;
            }
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            byte[] chunk = body(in, n);
            if (kept.size() < EXCERPT_BYTES) {
                kept.write(chunk, 0, Math.min(chunk.length, EXCERPT_BYTES - kept.size()));
            }
            read += n;
            line(in);
        }
        return kept.toByteArray();
    }

    /** One header line without its CRLF, at most 8 KB. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r' && line.length() < 8192) {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // closing is best effort
        }
    }
}
