package io.frontdesk.platform;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestRoutes;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.UncheckedIOException;
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
