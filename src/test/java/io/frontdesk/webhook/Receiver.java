package io.frontdesk.webhook;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on a random loopback port (the JDK's HttpServer), recording every request. It answers the
 * statuses queued with {@link #answer} in turn, then 200; {@link #hold} makes it wait before answering, as a slow
 * receiver does. Signatures are checked with the vendors' own algorithms, written out here independently of the
 * server's code: Help Scout's PHP {@code base64_encode(hash_hmac('sha1', $body, $secret, true))}, HelpCrunch's
 * {@code hash_hmac('sha1', $body, $key)}.
 */
public final class Receiver implements AutoCloseable {

    /** One request as received. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold;
    private volatile String heldPath;
    private volatile String answerBody = "ok";

    private Receiver(HttpServer server) {
        this.server = server;
    }

    public static Receiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Receiver receiver = new Receiver(server);
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    receiver.requests.add(new Request(exchange.getRequestMethod(),
                            exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()),
                            in.readAllBytes()));
                }
                CountDownLatch latch = receiver.hold;
                String held = receiver.heldPath;
                if (latch != null && (held == null || held.equals(exchange.getRequestURI().getPath()))) {
                    try {
                        latch.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Integer status = receiver.statuses.poll();
                byte[] answer = receiver.answerBody.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** `http://127.0.0.1:port/path`. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** `http://localhost:port/path`: a host name that resolves to loopback. */
    public String localhostUrl(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    public void answer(Integer... codes) {
        statuses.addAll(List.of(codes));
    }

    public void answerBody(String body) {
        answerBody = body;
    }

    /** Requests wait for {@link #release} before they are answered. */
    public void hold() {
        hold(null);
    }

    /** Requests to this path (every path when null) wait for {@link #release}. */
    public void hold(String path) {
        heldPath = path;
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits (bounded) until {@code count} requests arrived at {@code path}. */
    public List<Request> await(String path, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (requests(path).size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return requests(path);
    }

    public static String helpScoutSignature(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(secret, body));
    }

    public static String helpCrunchSignature(String key, byte[] body) {
        return HexFormat.of().formatHex(hmac(key, body));
    }

    private static byte[] hmac(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
