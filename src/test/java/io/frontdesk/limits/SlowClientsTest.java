package io.frontdesk.limits;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.RawHttp;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow senders (a large declared body, then a byte every so often) hold no thread the other clients need: requests
 * that are refused before their body is needed (401) are answered at once and their bodies read, if at all, without a
 * waiting thread; an authenticated body that falls below the minimum pace is answered 408 in the dialect's format.
 * Meanwhile reads and writes from other clients are answered as usual. The server has the smallest readers' pool
 * allowed (8 threads) and a short grace, so that the test takes seconds.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SlowClientsTest {

    private static final int SLOW = 20;
    private static final int DECLARED = 50_000;

    @Parameter
    Backend backend;

    private TestServer server;
    private Tenant tenant;

    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(ConfigKey.HTTP_THREADS, "8",
                ConfigKey.REQUEST_BODY_MIN_RATE, "1000", ConfigKey.REQUEST_BODY_GRACE_MILLIS, "500"), routes -> { });
        tenant = server.newTenant();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twenty_slow_senders_leave_reads_and_writes_answered_and_are_refused_in_their_dialect() throws Exception {
        String bearer = Credentials.bearer(tenant);
        String crunch = Credentials.helpcrunch(tenant);
        List<String> heads = List.of(
                "POST /v2/customers HTTP/1.1\r\nContent-Type: application/json\r\n",
                "POST /v1/customers.json HTTP/1.1\r\nContent-Type: application/json\r\n",
                "POST /helpcrunch/v1/customers HTTP/1.1\r\nContent-Type: application/json\r\n",
                "GET /helpcrunch/v1/customers HTTP/1.1\r\nAuthorization: " + crunch + "\r\n",
                "POST /v2/customers HTTP/1.1\r\nContent-Type: application/json\r\nAuthorization: " + bearer + "\r\n",
                "POST /helpcrunch/v1/customers HTTP/1.1\r\nContent-Type: application/json\r\nAuthorization: "
                        + crunch + "\r\n");
        List<Socket> sockets = new ArrayList<>();
        URI base = URI.create(server.baseUrl());
        Thread trickle = null;
        try {
            for (int i = 0; i < SLOW; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write((heads.get(i % heads.size()) + "Host: localhost\r\nContent-Length: "
                        + DECLARED + "\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                sockets.add(socket);
            }
            trickle = new Thread(() -> trickle(sockets), "slow-senders");
            trickle.setDaemon(true);
            trickle.start();

            // other clients, reads and writes, while the slow ones are all still sending
            assertThat(within(() -> tenant.v2().get("/v2/customers")).status()).isEqualTo(200);
            assertThat(within(() -> tenant.v2().post("/v2/customers", "{\"firstName\":\"Quick\"}")).status())
                    .isEqualTo(201);
            assertThat(within(() -> tenant.hc().get("/customers")).status()).isEqualTo(200);
            assertThat(within(() -> tenant.v1().get("/v1/users/me.json")).status()).isEqualTo(200);

            for (int i = 0; i < SLOW; i++) {
                InputStream in = sockets.get(i).getInputStream();
                String head = RawHttp.readHead(in);
                String body = new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8);
                switch (i % heads.size()) {
                    case 0 -> assertThat(head).startsWith("HTTP/1.1 401").contains("application/vnd.error+json");
                    case 1 -> assertThat(head).startsWith("HTTP/1.1 401").contains("WWW-Authenticate");
                    case 2 -> {
                        assertThat(head).startsWith("HTTP/1.1 401");
                        assertThat(body).startsWith("{\"errors\":[").contains("unauthorized");
                    }
                    case 3 -> assertThat(head).startsWith("HTTP/1.1 200");
                    case 5 -> {
                        assertThat(head).startsWith("HTTP/1.1 408").containsIgnoringCase("Connection: close");
                        assertThat(body).contains("request_timeout").contains("too slowly");
                    }
                    default -> {
                        assertThat(head).startsWith("HTTP/1.1 408").contains("application/vnd.error+json")
                                .containsIgnoringCase("Connection: close");
                        assertThat(body).contains("too slowly");
                    }
                }
            }
        } finally {
            if (trickle != null) {
                trickle.interrupt();
            }
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    /** One byte to every slow connection every 200 ms (about five bytes a second each), until they are closed. */
    private static void trickle(List<Socket> sockets) {
        while (!Thread.currentThread().isInterrupted()) {
            for (Socket socket : sockets) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(' ');
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed this one
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A request from another client, which must be answered within a few seconds (usually milliseconds). */
    private static Response within(Supplier<Response> request) throws Exception {
        return CompletableFuture.supplyAsync(request).get(5, TimeUnit.SECONDS);
    }
}
