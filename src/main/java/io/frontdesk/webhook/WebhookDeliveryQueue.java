package io.frontdesk.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook deliveries as a claimed queue: claim due deliveries, send each (one attempt), record the attempt in the
 * delivery log and what follows from it. A 2xx is recorded here as delivered; a {@code 410 Gone} disables the
 * subscription at once and gives the delivery up; other failures are retried on the {@link DeliveryPolicy}'s
 * schedule until it runs out, and a run of failures disables the subscription. A disabled subscription's pending
 * deliveries are given up unsent (`webhooks redeliver --failed` sends them again once it is enabled).
 *
 * <p>Logs name the delivery, the subscription and the account, never the secret, the URL's query or the payload.
 */
public final class WebhookDeliveryQueue {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryQueue.class);
    /** How often the figures of pending and failed deliveries are logged (when not zero). */
    private static final Duration FIGURES_EVERY = Duration.ofMinutes(1);

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final PayloadRegistry payloads;
    private final WebhookSender sender;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private volatile String node = "node";
    private volatile Instant nextFigures = Instant.MIN;

    public WebhookDeliveryQueue(DeliveryStore deliveries, SubscriptionStore subscriptions, PayloadRegistry payloads,
                                WebhookSender sender, DeliveryPolicy policy, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.payloads = payloads;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
    }

    /** What became of one attempt, for the worker: done, try again after a wait, or give up. */
    public record Result(Kind kind, String reason, Duration after) {

        public enum Kind { DONE, RETRY_AFTER, GIVE_UP }

        static Result done() {
            return new Result(Kind.DONE, null, null);
        }

        static Result retryAfter(String reason, Duration after) {
            return new Result(Kind.RETRY_AFTER, reason, after);
        }

        static Result giveUp(String reason) {
            return new Result(Kind.GIVE_UP, reason, null);
        }
    }

    public DeliveryPolicy policy() {
        return policy;
    }

    public List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit) {
        this.node = node;
        logFigures(now);
        return deliveries.claim(node, now, leaseUntil, limit, null);
    }

    /** Sends one attempt of the claimed delivery and records it; a 2xx is recorded as delivered here. */
    public Result run(ClaimedDelivery d) {
        Optional<Subscription> found = subscriptions.find(d.subscriptionId());
        if (found.isEmpty()) {
            return Result.giveUp("subscription deleted");
        }
        Subscription sub = found.get();
        if (!sub.enabled()) {
            LOG.info("webhook delivery {}: not sent, subscription {} is disabled (account {})", d.id(), sub.id(),
                    sub.accountId());
            return Result.giveUp("subscription disabled");
        }
        int attempt = d.attempts() + 1;
        Instant started = clock.instant();
        long created = d.createdAt().getEpochSecond();
        // HelpCrunch's lastAttemptAt: the time of this attempt, which is createdAt on the first (as its example shows)
        long last = d.attempts() == 0 ? created : started.getEpochSecond();
        String body = payloads.get(sub.dialect()).envelope(d.eventName(), d.payload(), d.attempts(), last, created,
                d.deliveryUuid());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SendResult sent = sender.post(URI.create(sub.url()), headers(sub, d, bytes), bytes);
        deliveries.recordAttempt(new Attempt(d.id(), started, sent.statusCode(), sent.durationMs(), sent.excerpt(),
                sent.success() ? null : sent.reason(), node));
        if (sent.success()) {
            deliveries.markDelivered(d.id(), attempt, clock.instant());
            subscriptions.recordSuccess(sub.id());
            LOG.info("webhook delivery {}: delivered to subscription {} (account {}, attempt {}, HTTP {}, {} ms)",
                    d.id(), sub.id(), sub.accountId(), attempt, sent.statusCode(), sent.durationMs());
            return Result.done();
        }
        if (sent.statusCode() != null && sent.statusCode() == 410) {
            subscriptions.setState(sub.accountId(), sub.id(), Subscription.State.DISABLED,
                    "the receiver answered 410 Gone", clock.instant());
            deliveries.failPending(sub.id(), clock.instant(), "subscription disabled");
            LOG.warn("webhook subscription {} disabled: delivery {} was answered 410 Gone (account {})", sub.id(),
                    d.id(), sub.accountId());
            return Result.giveUp("HTTP 410: subscription disabled");
        }
        if (subscriptions.recordFailure(sub.id(), policy.disableAfter(), clock.instant())) {
            deliveries.failPending(sub.id(), clock.instant(), "subscription disabled");
            LOG.warn("webhook subscription {} disabled after {} failed attempts in a row (account {}, last: {})",
                    sub.id(), policy.disableAfter(), sub.accountId(), sent.reason());
            return Result.giveUp(sent.reason() + "; subscription disabled after " + policy.disableAfter()
                    + " failed attempts in a row");
        }
        if (policy.exhausted(attempt)) {
            LOG.warn("webhook delivery {}: given up after {} attempts (subscription {}, account {}): {}", d.id(),
                    attempt, sub.id(), sub.accountId(), sent.reason());
            return Result.giveUp(sent.reason());
        }
        Duration wait = policy.delayAfter(attempt);
        LOG.info("webhook delivery {}: attempt {} failed (subscription {}, account {}), next in {} s: {}", d.id(),
                attempt, sub.id(), sub.accountId(), wait.toSeconds(), sent.reason());
        return Result.retryAfter(sent.reason(), wait);
    }

    public void reschedule(long id, String node, int attempts, Instant next, String error) {
        deliveries.reschedule(id, node, attempts, next, error);
    }

    public void markFailed(long id, String node, int attempts, String error) {
        deliveries.markFailed(id, node, attempts, error);
    }

    public void release(List<Long> ids, String node) {
        deliveries.release(ids, node);
    }

    /**
     * Claims one delivery and sends it now, on the caller's thread (`webhooks test`, `webhooks redeliver`), recording
     * what follows as the worker would. Empty when it was not pending and due, or another node holds it.
     */
    public Optional<Attempt> deliverNow(long deliveryId, String node, Duration lease) {
        Instant now = clock.instant();
        this.node = node;
        List<ClaimedDelivery> claimed = deliveries.claim(node, now, now.plus(lease), 1, deliveryId);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        ClaimedDelivery d = claimed.get(0);
        Result result = run(d);
        int attempts = d.attempts() + 1;
        switch (result.kind()) {
            case DONE -> { }
            case RETRY_AFTER -> reschedule(d.id(), node, attempts, clock.instant().plus(result.after()),
                    result.reason());
            case GIVE_UP -> markFailed(d.id(), node, attempts, result.reason());
        }
        List<Attempt> log = deliveries.attempts(deliveryId);
        return log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1));
    }

    private static Map<String, String> headers(Subscription sub, ClaimedDelivery d, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        headers.put("User-Agent", "Frontdesk-Webhooks/1");
        if (sub.dialect() != WebhookDialect.HELPCRUNCH) {
            headers.put("X-HelpScout-Event", d.eventName());
        }
        headers.put(Signatures.header(sub.dialect()), Signatures.sign(sub.dialect(), sub.secret(), body));
        headers.put("X-Frontdesk-Delivery", d.deliveryUuid());
        return headers;
    }

    /** At most once a minute, when anything is pending or failed: one line with both figures. */
    private void logFigures(Instant now) {
        if (now.isBefore(nextFigures)) {
            return;
        }
        nextFigures = now.plus(FIGURES_EVERY);
        try {
            DeliveryStore.Figures figures = deliveries.figures();
            if (figures.pending() > 0 || figures.failed() > 0) {
                LOG.info("webhooks: {} deliveries pending, {} failed", figures.pending(), figures.failed());
            }
        } catch (RuntimeException e) {
            LOG.debug("webhooks: figures not read", e);
        }
    }
}
