package io.frontdesk.platform;

import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestRoutes;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads run on Jetty's small request pool; writes on a pool of their own, so writes that wait (on SQLite's write lock,
 * on a slow client's body) cannot take every request thread from the reads.
 */
class RequestThreadsTest {

    private static final int REQUEST_THREADS = 8;

    private TestServer server;
    private final ExecutorService senders = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        TestRoutes.release.countDown();
        senders.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_read_runs_on_the_request_pool_and_a_write_on_the_blocking_pool() {
        server = TestServer.start(Backend.SQLITE, Map.of(), TestRoutes::register);
        Client client = new Client(server.baseUrl(), Map.of());

        assertThat(client.get("/test/thread").body()).startsWith("frontdesk-http");
        assertThat(client.post("/test/thread", "{}").body()).startsWith("frontdesk-blocking-");
    }

    @Test
    void writes_waiting_in_their_handlers_leave_the_reads_their_threads() throws Exception {
        server = TestServer.start(Backend.SQLITE,
                Map.of(ConfigKey.HTTP_THREADS, Integer.toString(REQUEST_THREADS)), TestRoutes::register);
        Client client = new Client(server.baseUrl(), Map.of());
        TestRoutes.HELD.drainPermits();
        TestRoutes.release = new CountDownLatch(1);
        int writers = 3 * REQUEST_THREADS;
        List<CompletableFuture<Response>> held = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            held.add(CompletableFuture.supplyAsync(() -> client.post("/test/hold", "{}"), senders));
        }
        assertThat(TestRoutes.HELD.tryAcquire(writers, 30, TimeUnit.SECONDS))
                .as("every write is in its handler at once, more than there are request threads").isTrue();

        Response read = CompletableFuture.supplyAsync(() -> client.get("/health/live"), senders)
                .get(10, TimeUnit.SECONDS);
        assertThat(read.status()).as("a read answers while the writes wait").isEqualTo(200);

        TestRoutes.release.countDown();
        for (CompletableFuture<Response> write : held) {
            Response response = write.get(30, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("released");
        }
    }
}
