package io.frontdesk.platform;

import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.RawHttp;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestRoutes;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stop (SIGTERM in production) lets requests in flight finish, then refuses new ones. */
@ParameterizedClass
@EnumSource(Backend.class)
class GracefulShutdownTest {

    @Parameter
    Backend backend;

    @Test
    void request_in_flight_when_the_server_stops_completes_with_200() throws Exception {
        Client client = completesAcrossAStop(c -> c.get("/test/slow?ms=1500"));

        assertThatThrownBy(() -> client.get("/health/live")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void write_in_flight_on_the_blocking_pool_when_the_server_stops_completes_with_200() throws Exception {
        completesAcrossAStop(c -> c.post("/test/slow?ms=1500", "{}"));
    }

    /**
     * A request that arrives on an open connection while the server waits for one in flight is answered 503 in the
     * dialect's format, with Connection: close and Retry-After, so that the client retries on a new connection (it
     * was a 500, which clients do not retry).
     */
    @Test
    void request_arriving_on_an_open_connection_while_stopping_is_503_with_retry_after_and_close() throws Exception {
        TestServer server = TestServer.start(backend, Map.of(), TestRoutes::register);
        Client client = new Client(server.baseUrl(), Map.of());
        URI base = URI.create(server.baseUrl());
        try (Socket v2 = new Socket(base.getHost(), base.getPort());
             Socket crunch = new Socket(base.getHost(), base.getPort())) {
            // both connections have served a request and are kept open
            assertThat(exchange(v2, "GET /health/live")).startsWith("HTTP/1.1 200");
            assertThat(exchange(crunch, "GET /health/live")).startsWith("HTTP/1.1 200");
            TestRoutes.SLOW_STARTED.drainPermits();
            CompletableFuture<Response> slow = CompletableFuture.supplyAsync(() -> client.get("/test/slow?ms=3000"));
            assertThat(TestRoutes.SLOW_STARTED.tryAcquire(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            // the stop has begun once the port no longer accepts connections
            Await.until("the server stops accepting", Duration.ofSeconds(10), () -> refused(base));

            String answer = exchange(v2, "GET /v2/users/me");
            assertThat(answer).startsWith("HTTP/1.1 503").contains("application/vnd.error+json")
                    .containsIgnoringCase("Connection: close").containsIgnoringCase("Retry-After: 2")
                    .contains("stopping");
            assertThat(exchange(crunch, "GET /helpcrunch/v1/customers")).startsWith("HTTP/1.1 503")
                    .contains("{\"errors\":[").contains("service_unavailable").containsIgnoringCase("Retry-After: 2");

            assertThat(slow.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            stopping.get(30, TimeUnit.SECONDS);
        }
    }

    /** Sends a bodiless request on an open connection; answers the response's head and body. */
    private static String exchange(Socket socket, String requestLine) throws Exception {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        String head = RawHttp.readHead(in);
        return head + new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8);
    }

    private static boolean refused(URI base) {
        try (Socket probe = new Socket(base.getHost(), base.getPort())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Sends a slow request, stops the server while it is in its handler, and checks it still completes. */
    private Client completesAcrossAStop(Function<Client, Response> slowRequest) throws Exception {
        TestServer server = TestServer.start(backend, Map.of(), TestRoutes::register);
        Client client = new Client(server.baseUrl(), Map.of());
        TestRoutes.SLOW_STARTED.drainPermits();
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(() -> slowRequest.apply(client));
        assertThat(TestRoutes.SLOW_STARTED.tryAcquire(30, TimeUnit.SECONDS))
                .as("the slow request reached its handler").isTrue();

        server.close();

        Response response = slow.get(30, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("done");
        return client;
    }
}
