package io.frontdesk.webhook;

import io.frontdesk.Application;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery queue as the application registers it with the node's queue worker: its lane sends what the fan-out
 * queued, several at once, so a slow receiver does not hold up another; and the address check at delivery.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookWorkerTest {

    @Parameter
    Backend backend;

    private Receiver receiver;
    private WebhookFixture fixture;
    private Application app;
    private WebhookFanOut fanOut;
    private long account;

    @BeforeEach
    void open() {
        receiver = Receiver.start();
        fixture = WebhookFixture.create(backend);
        app = fixture.open(true);
        fanOut = fixture.fanOut(app, new PayloadRegistry(TestPayloads.all()));
        account = fixture.newAccount(app);
    }

    @AfterEach
    void close() {
        receiver.release();
        fixture.close();
        receiver.close();
    }

    @Test
    void the_application_registers_the_queue_with_several_slots_and_a_retry_bound_of_ten_attempts() {
        QueueSettings settings = app.webhookWorker().settings();

        assertThat(settings.name()).isEqualTo("webhooks");
        assertThat(settings.concurrency()).isGreaterThan(1);
        assertThat(settings.retries().maxAttempts()).isEqualTo(DeliveryPolicy.DEFAULT.maxAttempts());
        assertThat(settings.itemBudget()).isGreaterThan(app.config().webhooks().timeout());
        assertThat(app.queues().lane("webhooks")).isPresent();
    }

    @Test
    void a_slow_receiver_does_not_hold_up_the_delivery_to_another() throws Exception {
        Subscription slow = subscribe("/slow");
        Subscription fast = subscribe("/fast");
        record();
        receiver.hold("/slow");

        CompletableFuture<Integer> poll = CompletableFuture.supplyAsync(() -> app.webhookWorker().runOnce());

        assertThat(receiver.await("/fast", 1)).hasSize(1);
        assertThat(receiver.await("/slow", 1)).as("the slow one is being answered").hasSize(1);
        awaitDelivered(fast);
        assertThat(poll).isNotDone();
        assertThat(app.webhooks().deliveries(account, slow.id(), false).get(0).status())
                .isEqualTo(Delivery.Status.PENDING);
        receiver.release();
        assertThat(poll.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        awaitDelivered(slow);
    }

    @Test
    void a_retry_through_the_lane_waits_for_the_policys_delay() {
        Subscription sub = subscribe("/retry");
        record();
        receiver.answer(500);

        assertThat(app.webhookWorker().runOnce()).isEqualTo(1);
        Delivery pending = app.webhooks().deliveries(account, sub.id(), false).get(0);
        Duration wait = Duration.between(fixture.clock.instant(), pending.nextAttemptAt());
        assertThat(wait).isBetween(Duration.ofMinutes(1), Duration.ofSeconds(72));

        fixture.clock.advance(wait);
        assertThat(app.webhookWorker().runOnce()).isEqualTo(1);
        awaitDelivered(sub);
    }

    @Test
    void a_host_that_resolves_to_a_private_address_is_refused_at_delivery_without_a_request() {
        // Saved by a node that allows private targets, delivered by one that does not: as if the name's address
        // changed after the check (DNS rebinding).
        Subscription sub = app.webhooks().create(account, new NewSubscription(WebhookDialect.HELPSCOUT_V2,
                receiver.localhostUrl("/rebound"), List.of("customer.created"), "s", null, null, null, null, null));
        record();
        Application strict = fixture.open(false);
        WebhookDeliveryQueue queue = fixture.queue(strict, new PayloadRegistry(List.of()), DeliveryPolicy.DEFAULT);

        assertThat(fixture.runOnce(queue, "strict-node")).isEqualTo(1);

        assertThat(receiver.requests()).isEmpty();
        Delivery delivery = strict.webhooks().deliveries(account, sub.id(), false).get(0);
        assertThat(delivery.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(delivery.lastError()).startsWith("refused: host localhost resolves to ")
                .contains("loopback, private");
        assertThat(strict.webhooks().attempts(account, delivery.id())).singleElement()
                .satisfies(a -> assertThat(a.statusCode()).isNull());
    }

    @Test
    void two_nodes_on_one_database_send_each_delivery_once() throws Exception {
        Subscription sub = subscribe("/both");
        for (int i = 0; i < 30; i++) {
            record();
        }
        Application other = fixture.open(true);

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> drain(app));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> drain(other));

        assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isEqualTo(30);
        List<Receiver.Request> requests = receiver.await("/both", 30);
        assertThat(requests).hasSize(30);
        assertThat(requests.stream().map(r -> r.header("X-Frontdesk-Delivery")).distinct()).hasSize(30);
        assertThat(app.webhooks().deliveries(account, sub.id(), false))
                .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void a_delivery_claimed_by_a_node_that_died_is_sent_by_another_once_its_lease_runs_out() {
        Subscription sub = subscribe("/orphan");
        record();
        // the first node claims and dies before sending or recording anything
        assertThat(app.webhookDeliveries().claim("dead-node", fixture.clock.instant(),
                fixture.clock.instant().plus(WebhookFixture.LEASE), 10)).hasSize(1);
        Application survivor = fixture.open(true);

        assertThat(survivor.webhookWorker().runOnce()).as("still leased").isZero();
        fixture.clock.advance(WebhookFixture.LEASE.plusSeconds(1));
        assertThat(survivor.webhookWorker().runOnce()).isEqualTo(1);

        assertThat(receiver.await("/orphan", 1)).hasSize(1);
        awaitDelivered(sub);
    }

    @Test
    void a_customer_created_in_the_core_reaches_a_help_scout_and_a_helpcrunch_subscriber_in_their_own_wire() {
        Subscription hs = subscribe("/hs-customer");
        Subscription hc = app.webhooks().create(account, new NewSubscription(WebhookDialect.HELPCRUNCH,
                receiver.url("/hc-customer"), List.of("customer.new"), null, null, null, null, null, null));

        long customer = app.customers().create(account, null, new io.frontdesk.customer.NewCustomer(
                java.util.Map.of(io.frontdesk.customer.CustomerField.FIRST_NAME, "Vernon"), List.of(), null,
                List.of(), List.of()));
        app.webhookWorker().runOnce();

        Receiver.Request helpScout = receiver.await("/hs-customer", 1).get(0);
        assertThat(helpScout.header("X-HelpScout-Event")).isEqualTo("customer.created");
        assertThat(helpScout.text()).contains("\"id\":" + customer).contains("\"firstName\":\"Vernon\"")
                .doesNotContain("\n");
        assertThat(helpScout.header("X-HelpScout-Signature"))
                .isEqualTo(Receiver.helpScoutSignature("s", helpScout.body()));
        Receiver.Request crunch = receiver.await("/hc-customer", 1).get(0);
        assertThat(crunch.text()).startsWith("{\"event\":\"customer.new\"").contains("\"name\":\"Vernon\"");
        assertThat(crunch.header("X-HelpCrunch-Signature"))
                .isEqualTo(Receiver.helpCrunchSignature(hc.secret(), crunch.body()));
        awaitDelivered(hs);
    }

    /** Runs the node's lane until a poll finds nothing. */
    private static int drain(Application node) {
        int total = 0;
        for (int n = node.webhookWorker().runOnce(); n > 0; n = node.webhookWorker().runOnce()) {
            total += n;
        }
        return total;
    }

    private Subscription subscribe(String path) {
        return app.webhooks().create(account, new NewSubscription(WebhookDialect.HELPSCOUT_V2, receiver.url(path),
                List.of("customer.created"), "s", null, null, null, null, null));
    }

    private void record() {
        app.database().run(() -> fanOut.onEvent(TestPayloads.event(1, account, EventType.CUSTOMER_CREATED, 1, null,
                fixture.clock.instant())));
    }

    private void awaitDelivered(Subscription sub) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (app.webhooks().deliveries(account, sub.id(), false).get(0).status() == Delivery.Status.DELIVERED) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("not delivered: " + app.webhooks().deliveries(account, sub.id(), false));
    }
}
