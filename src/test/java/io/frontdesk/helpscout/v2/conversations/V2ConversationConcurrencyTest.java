package io.frontdesk.helpscout.v2.conversations;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static io.frontdesk.helpscout.v2.conversations.Conversations.minimal;
import static io.frontdesk.helpscout.v2.conversations.Conversations.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Creates racing each other: one customer per new email, and conversation numbers without gaps or repeats. */
@ParameterizedClass
@EnumSource(Backend.class)
class V2ConversationConcurrencyTest {

    @Parameter
    Backend backend;

    Tenant tenant;
    Client client;

    @BeforeEach
    void setUp() {
        tenant = backend.tenant();
        client = tenant.v2();
    }

    @Test
    void eight_creates_naming_one_new_email_at_once_make_exactly_one_customer() throws Exception {
        List<Response> responses = race(8, i -> post(client, minimal(tenant, "Race " + i, "racer@example.com")));
        Set<Long> customers = new HashSet<>();
        for (Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            long id = Long.parseLong(response.header("Resource-ID"));
            customers.add(Conversations.get(client, id).at("/primaryCustomer/id").asLong());
        }
        assertThat(customers).hasSize(1);
        assertThat(client.get("/v2/customers?query=" + "email:%22racer@example.com%22").json()
                .at("/page/totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void numbers_are_sequential_and_gapless_under_concurrent_creates() throws Exception {
        // Half the requests race for one new email too, so creates that are retried take part.
        List<Response> responses = race(20, i -> post(client, minimal(tenant, "Number " + i,
                i % 2 == 0 ? "shared@example.com" : "own" + i + "@example.com")));
        List<Long> numbers = new ArrayList<>();
        for (Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            numbers.add(Conversations.get(client, Long.parseLong(response.header("Resource-ID")))
                    .get("number").asLong());
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
    }

    /** Runs {@code n} requests released at the same moment and answers them in submission order. */
    private static List<Response> race(int n, IndexedCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Response> task = () -> {
                    start.await();
                    return call.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexedCall {
        Response run(int index);
    }
}
