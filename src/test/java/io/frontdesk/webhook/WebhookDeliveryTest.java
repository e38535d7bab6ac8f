package io.frontdesk.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontdesk.Application;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.testing.Backend;
import io.frontdesk.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events become signed deliveries to a real receiver: the fan-out in the change's transaction, one attempt per claim,
 * the delivery log, retries on the test clock, 410 and runs of failures disabling, redelivery.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WebhookDeliveryTest {

    /** The default schedule with its jitter fixed at half its range: the first wait is 66 s. */
    static final DeliveryPolicy POLICY = new DeliveryPolicy(DeliveryPolicy.DEFAULT_WAITS, 0.2, 50, () -> 0.5);
    private static final AtomicLong EVENT_IDS = new AtomicLong();

    @Parameter
    Backend backend;

    private Receiver receiver;
    private WebhookFixture fixture;
    private Application app;
    private PayloadRegistry payloads;
    private WebhookDeliveryQueue queue;
    private WebhookFanOut fanOut;
    private long account;

    @BeforeEach
    void open() {
        receiver = Receiver.start();
        fixture = WebhookFixture.create(backend);
        app = fixture.open(true);
        payloads = new PayloadRegistry(TestPayloads.all());
        queue = fixture.queue(app, payloads, POLICY);
        fanOut = fixture.fanOut(app, payloads);
        account = fixture.newAccount(app);
    }

    @AfterEach
    void close() {
        fixture.close();
        receiver.close();
    }

    @Test
    void a_help_scout_subscriber_gets_the_captured_body_signed_with_its_secret_and_a_delivery_id() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/hs", "asdfasdf", "customer.created");
        Event event = record(EventType.CUSTOMER_CREATED, 42, null);

        assertThat(fixture.runOnce(queue, "node-a")).isEqualTo(1);

        Receiver.Request request = receiver.await("/hs", 1).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-HelpScout-Event")).isEqualTo("customer.created");
        assertThat(request.header("X-HelpScout-Signature"))
                .isEqualTo(Receiver.helpScoutSignature("asdfasdf", request.body()));
        assertThat(request.text()).isEqualTo("{\"id\":42,\"event\":\"customer.created\",\"occurredAt\":\""
                + event.occurredAt() + "\"}");
        Delivery delivery = onlyDelivery(sub);
        assertThat(request.header("X-Frontdesk-Delivery")).isEqualTo(delivery.deliveryUuid())
                .matches("[0-9a-f-]{36}");
        assertThat(delivery.status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(1);
        List<Attempt> log = app.webhooks().attempts(account, delivery.id());
        assertThat(log).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(a.responseExcerpt()).isEqualTo("ok");
            assertThat(a.error()).isNull();
            assertThat(a.node()).isEqualTo("node-a");
        });
    }

    @Test
    void a_helpcrunch_subscriber_gets_an_envelope_signed_in_hex_whose_attempt_count_grows_under_one_id() {
        Subscription sub = subscribe(WebhookDialect.HELPCRUNCH, "/hc", "0123456789abcdef0123456789abcdef01234567",
                "chat.closed");
        record(EventType.CONVERSATION_STATUS, 7, null);
        receiver.answer(500);

        fixture.runOnce(queue, "node-a");
        fixture.clock.advance(Duration.ofSeconds(66));
        fixture.runOnce(queue, "node-a");

        List<Receiver.Request> requests = receiver.await("/hc", 2);
        assertThat(requests).hasSize(2);
        for (Receiver.Request request : requests) {
            assertThat(request.header("X-HelpCrunch-Signature"))
                    .isEqualTo(Receiver.helpCrunchSignature(sub.secret(), request.body()));
            assertThat(request.header("X-HelpScout-Event")).isNull();
        }
        JsonNode first = json(requests.get(0));
        JsonNode second = json(requests.get(1));
        assertThat(first.get("event").asText()).isEqualTo("chat.closed");
        assertThat(first.at("/eventData/id").asLong()).isEqualTo(7);
        assertThat(first.get("attempts").asInt()).isZero();
        assertThat(second.get("attempts").asInt()).isEqualTo(1);
        assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText())
                .isEqualTo(requests.get(1).header("X-Frontdesk-Delivery"));
        assertThat(second.get("lastAttemptAt").asLong()).isGreaterThan(second.get("createdAt").asLong());
    }

    @Test
    void a_500_is_retried_on_schedule_and_delivered_when_the_receiver_recovers() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/flaky", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        receiver.answer(500, 503);
        Instant start = fixture.clock.instant();

        fixture.runOnce(queue, "node-a");
        Delivery afterFirst = onlyDelivery(sub);
        assertThat(afterFirst.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plusSeconds(66));
        assertThat(afterFirst.lastError()).isEqualTo("HTTP 500");

        fixture.clock.advance(Duration.ofSeconds(65));
        assertThat(fixture.runOnce(queue, "node-a")).as("not due yet").isZero();
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.runOnce(queue, "node-a")).isEqualTo(1);
        assertThat(onlyDelivery(sub).nextAttemptAt()).as("5 min + a tenth")
                .isEqualTo(fixture.clock.instant().plusSeconds(330));

        fixture.clock.advance(Duration.ofSeconds(330));
        assertThat(fixture.runOnce(queue, "node-a")).isEqualTo(1);
        assertThat(receiver.await("/flaky", 3)).hasSize(3);
        Delivery done = onlyDelivery(sub);
        assertThat(done.status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(app.webhooks().attempts(account, done.id())).extracting(Attempt::statusCode)
                .containsExactly(500, 503, 200);
        assertThat(app.webhooks().get(account, sub.id(), null).consecutiveFailures()).isZero();
    }

    @Test
    void a_delivery_that_fails_every_attempt_of_the_schedule_is_given_up() {
        DeliveryPolicy three = new DeliveryPolicy(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2)), 0, 50,
                () -> 0);
        WebhookDeliveryQueue short3 = fixture.queue(app, payloads, three);
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/down", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        receiver.answer(500, 500, 500, 500);

        fixture.runOnce(short3, "node-a");
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.runOnce(short3, "node-a");
        fixture.clock.advance(Duration.ofMinutes(2));
        fixture.runOnce(short3, "node-a");
        fixture.clock.advance(Duration.ofHours(1));

        assertThat(fixture.runOnce(short3, "node-a")).isZero();
        Delivery failed = onlyDelivery(sub);
        assertThat(failed.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(fixture.laneLog()).filteredOn(line -> line.startsWith("ERROR")).singleElement().asString()
                .contains("given up after 3 attempts: HTTP 500");
        assertThat(app.webhooks().deliveries(account, sub.id(), true)).hasSize(1);
        assertThat(app.webhooks().get(account, sub.id(), null).enabled()).isTrue();
    }

    @Test
    void a_410_disables_the_subscription_at_once_and_its_other_deliveries_are_not_sent() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/gone", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        record(EventType.CUSTOMER_CREATED, 2, null);
        receiver.answer(410);

        fixture.runOnce(queue, "node-a");

        assertThat(receiver.requests("/gone")).hasSize(1);
        Subscription after = app.webhooks().get(account, sub.id(), null);
        assertThat(after.state()).isEqualTo(Subscription.State.DISABLED);
        assertThat(after.disabledReason()).contains("410");
        assertThat(fixture.laneLog()).as("a refusal for good is a WARN, not an ERROR")
                .allMatch(line -> line.startsWith("WARN")).anyMatch(line -> line.contains("at attempt 1: HTTP 410"));
        assertThat(app.webhooks().deliveries(account, sub.id(), true)).hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(Delivery.Status.FAILED));
        record(EventType.CUSTOMER_CREATED, 3, null);
        assertThat(app.webhooks().deliveries(account, sub.id(), false)).as("nothing queued while disabled")
                .hasSize(2);
    }

    @Test
    void a_run_of_failed_attempts_disables_the_subscription_and_enable_restores_it() {
        DeliveryPolicy disableAtThree = new DeliveryPolicy(DeliveryPolicy.DEFAULT_WAITS, 0, 3, () -> 0);
        WebhookDeliveryQueue strict = fixture.queue(app, payloads, disableAtThree);
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/broken", "s", "customer.created");
        for (int i = 0; i < 4; i++) {
            record(EventType.CUSTOMER_CREATED, i, null);
        }
        receiver.answer(500, 500, 500);

        fixture.runOnce(strict, "node-a");

        assertThat(receiver.requests("/broken")).as("the fourth is not sent").hasSize(3);
        Subscription disabled = app.webhooks().get(account, sub.id(), null);
        assertThat(disabled.state()).isEqualTo(Subscription.State.DISABLED);
        assertThat(disabled.disabledReason()).isEqualTo("3 delivery attempts failed in a row");
        assertThat(disabled.consecutiveFailures()).isEqualTo(3);
        assertThat(app.webhooks().deliveries(account, sub.id(), true)).as("all four given up").hasSize(4);

        Subscription enabled = app.webhooks().enable(account, sub.id());
        assertThat(enabled.state()).isEqualTo(Subscription.State.ENABLED);
        assertThat(enabled.consecutiveFailures()).isZero();
        assertThat(enabled.disabledReason()).isNull();
        assertThat(app.webhooks().redeliverFailed(account, sub.id())).isEqualTo(4);
        fixture.runOnce(strict, "node-a");
        assertThat(receiver.await("/broken", 7)).hasSize(7);
        assertThat(app.webhooks().deliveries(account, sub.id(), false))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(Delivery.Status.DELIVERED));
    }

    @Test
    void the_default_policy_tries_ten_times_over_about_a_day_and_disables_after_fifty_failures() {
        assertThat(DeliveryPolicy.DEFAULT.maxAttempts()).isEqualTo(10);
        assertThat(DeliveryPolicy.DEFAULT.disableAfter()).isEqualTo(50);
        Duration total = DeliveryPolicy.DEFAULT_WAITS.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofHours(23).plusMinutes(51));
        for (int attempt = 1; attempt < 10; attempt++) {
            Duration wait = DeliveryPolicy.DEFAULT_WAITS.get(attempt - 1);
            assertThat(DeliveryPolicy.DEFAULT.delayAfter(attempt)).isBetween(wait, wait.multipliedBy(12).dividedBy(10));
        }
    }

    @Test
    void one_delivery_or_every_failed_one_is_sent_again_under_its_delivery_id() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/again", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        fixture.runOnce(queue, "node-a");
        Delivery delivered = onlyDelivery(sub);

        app.webhooks().redeliver(account, delivered.id());
        assertThat(onlyDelivery(sub).status()).isEqualTo(Delivery.Status.PENDING);
        fixture.runOnce(queue, "node-a");

        List<Receiver.Request> requests = receiver.await("/again", 2);
        assertThat(requests).extracting(r -> r.header("X-Frontdesk-Delivery"))
                .containsExactly(delivered.deliveryUuid(), delivered.deliveryUuid());
        assertThat(requests.get(1).text()).isEqualTo(requests.get(0).text());
        assertThat(app.webhooks().attempts(account, delivered.id())).hasSize(2);
        assertThatThrownBy(() -> app.webhooks().redeliver(fixture.newAccount(app), delivered.id()))
                .hasMessage("Delivery not found");
    }

    @Test
    void mailbox_ids_limit_conversation_events_but_never_customer_created() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/box", "s", List.of(7L), false,
                "convo.created", "customer.created");

        record(EventType.CONVERSATION_CREATED, 1, 8L);
        record(EventType.CONVERSATION_CREATED, 2, 7L);
        record(EventType.CUSTOMER_CREATED, 3, null);

        assertThat(app.webhooks().deliveries(account, sub.id(), false)).extracting(Delivery::eventName)
                .containsExactly("customer.created", "convo.created");
    }

    @Test
    void only_subscribed_names_of_enabled_subscriptions_are_queued_and_each_body_is_captured_once() {
        TestPayloads v2 = new TestPayloads(WebhookDialect.HELPSCOUT_V2);
        TestPayloads crunch = new TestPayloads(WebhookDialect.HELPCRUNCH);
        fanOut = fixture.fanOut(app, new PayloadRegistry(List.of(v2, crunch)));
        Subscription a = subscribe(WebhookDialect.HELPSCOUT_V2, "/a", "s", "convo.status");
        Subscription b = subscribe(WebhookDialect.HELPSCOUT_V2, "/b", "s", "convo.status", "convo.created");
        Subscription notify = subscribe(WebhookDialect.HELPSCOUT_V2, "/n", "s", List.of(), true, "convo.status");
        Subscription other = subscribe(WebhookDialect.HELPSCOUT_V2, "/o", "s", "convo.created");
        Subscription both = subscribe(WebhookDialect.HELPCRUNCH, "/hc", null, "chat.status_updated", "chat.closed");
        Subscription off = subscribe(WebhookDialect.HELPSCOUT_V2, "/off", "s", "convo.status");
        app.webhooks().replace(account, off.id(), new NewSubscription(WebhookDialect.HELPSCOUT_V2, receiver.url("/off"),
                List.of("convo.status"), "s", null, null, null, null, Subscription.State.DISABLED));

        record(EventType.CONVERSATION_STATUS, 5, 1L);

        assertThat(app.webhooks().deliveries(account, a.id(), false)).hasSize(1);
        assertThat(app.webhooks().deliveries(account, b.id(), false)).hasSize(1);
        assertThat(app.webhooks().deliveries(account, notify.id(), false)).hasSize(1);
        assertThat(app.webhooks().deliveries(account, other.id(), false)).isEmpty();
        assertThat(app.webhooks().deliveries(account, off.id(), false)).isEmpty();
        assertThat(app.webhooks().deliveries(account, both.id(), false)).extracting(Delivery::eventName)
                .containsExactlyInAnyOrder("chat.status_updated", "chat.closed");
        assertThat(v2.captures.get()).as("full body once, notification body once").isEqualTo(2);
        assertThat(crunch.captures.get()).isEqualTo(2);
    }

    @Test
    void a_change_that_rolls_back_queues_nothing_and_an_account_without_subscriptions_gets_nothing() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/tx", "s", "customer.created");
        Event event = TestPayloads.event(EVENT_IDS.incrementAndGet(), account, EventType.CUSTOMER_CREATED, 1, null,
                fixture.clock.instant());

        assertThatThrownBy(() -> app.database().run(() -> {
            fanOut.onEvent(event);
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        long otherAccount = fixture.newAccount(app);
        app.database().run(() -> fanOut.onEvent(TestPayloads.event(EVENT_IDS.incrementAndGet(), otherAccount,
                EventType.CUSTOMER_CREATED, 2, null, fixture.clock.instant())));

        assertThat(app.webhooks().deliveries(account, sub.id(), false)).isEmpty();
        assertThat(fixture.runOnce(queue, "node-a")).isZero();
    }

    @Test
    void redirects_are_not_followed_and_count_as_failures() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/moved", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        receiver.answer(302);

        fixture.runOnce(queue, "node-a");

        assertThat(receiver.requests()).hasSize(1);
        assertThat(onlyDelivery(sub).lastError()).isEqualTo("HTTP 302");
    }

    @Test
    void a_receiver_that_does_not_answer_is_cut_off_at_the_total_timeout() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/slow", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        receiver.hold();

        long started = System.nanoTime();
        fixture.runOnce(queue, "node-a");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        List<Attempt> log = app.webhooks().attempts(account, onlyDelivery(sub).id());
        assertThat(log).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).isNull();
            assertThat(a.error()).startsWith("timed out");
            assertThat(a.durationMs()).isBetween(1500L, 9000L);
        });
    }

    @Test
    void delivered_deliveries_past_the_retention_go_with_their_attempts_on_the_lanes_poll() {
        Subscription sub = subscribe(WebhookDialect.HELPSCOUT_V2, "/kept", "s", "customer.created");
        record(EventType.CUSTOMER_CREATED, 1, null);
        fixture.runOnce(queue, "node-a");
        Delivery old = onlyDelivery(sub);
        fixture.clock.advance(Duration.ofDays(20));
        record(EventType.CUSTOMER_CREATED, 2, null);
        fixture.runOnce(queue, "node-a");
        assertThat(app.webhooks().deliveries(account, sub.id(), false)).hasSize(2);

        fixture.clock.advance(Duration.ofDays(11));
        fixture.runOnce(queue, "node-a");

        assertThat(app.webhooks().deliveries(account, sub.id(), false)).as("the one delivered 31 days ago is gone")
                .singleElement().satisfies(d -> assertThat(d.id()).isNotEqualTo(old.id()));
        int attempts = app.database().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM webhook_attempts WHERE delivery_id = :id").bind("id", old.id())
                .mapTo(Integer.class).one());
        assertThat(attempts).as("its attempts went with it").isZero();
    }

    private Subscription subscribe(WebhookDialect dialect, String path, String secret, String... events) {
        return subscribe(dialect, path, secret, List.of(), false, events);
    }

    private Subscription subscribe(WebhookDialect dialect, String path, String secret, List<Long> mailboxes,
                                   boolean notification, String... events) {
        if (!mailboxes.isEmpty()) {
            // mailboxIds must be the account's mailboxes: make them, then subscribe to the ids asked for by position
            List<Long> real = new java.util.ArrayList<>();
            for (Long ignored : mailboxes) {
                real.add(app.mailboxes().create(account, "Box", "box@hooks.test").id());
            }
            mailboxIds = real;
        }
        return app.webhooks().create(account, new NewSubscription(dialect, receiver.url(path), List.of(events),
                secret, null, notification, null, mailboxes.isEmpty() ? List.of() : mailboxIds, null));
    }

    private List<Long> mailboxIds = List.of();

    /** Records an event in a transaction of its own, as a change would; a mailbox number 7 or 8 names a made one. */
    private Event record(EventType type, long subject, Long mailbox) {
        Long mailboxId = mailbox == null ? null : mailbox == 7L && !mailboxIds.isEmpty() ? mailboxIds.get(0)
                : mailbox;
        Event event = TestPayloads.event(EVENT_IDS.incrementAndGet(), account, type, subject, mailboxId,
                fixture.clock.instant());
        app.database().run(() -> fanOut.onEvent(event));
        return event;
    }

    private Delivery onlyDelivery(Subscription sub) {
        List<Delivery> deliveries = app.webhooks().deliveries(account, sub.id(), false);
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    private static JsonNode json(Receiver.Request request) {
        try {
            return Json.MAPPER.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
