package io.frontdesk.webhook;

import io.frontdesk.queue.ClaimedQueue;
import io.frontdesk.queue.Outcome;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.queue.RetrySchedule;
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
public final class WebhookDeliveryQueue implements ClaimedQueue<ClaimedDelivery> {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryQueue.class);
    /** How often the figures of pending and failed deliveries are logged (when not zero). */
    private static final Duration FIGURES_EVERY = Duration.ofMinutes(1);
    /** How often a node prunes delivered deliveries past the retention, and how many one round deletes at most. */
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final int PRUNE_BATCH = 1000;
    private static final int PRUNE_BATCHES = 20;

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final PayloadRegistry payloads;
    private final WebhookSender sender;
    private final DeliveryPolicy policy;
    private final Clock clock;
    private final Duration retention;
    private volatile Instant nextFigures = Instant.MIN;
    private volatile Instant nextPrune = Instant.MIN;

    /** @param retention how long a delivered delivery and its attempts are kept */
    public WebhookDeliveryQueue(DeliveryStore deliveries, SubscriptionStore subscriptions, PayloadRegistry payloads,
                                WebhookSender sender, DeliveryPolicy policy, Clock clock, Duration retention) {
        this.retention = retention;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.payloads = payloads;
        this.sender = sender;
        this.policy = policy;
        this.clock = clock;
    }

    public DeliveryPolicy policy() {
        return policy;
    }

    /**
     * How each node works the queue: up to eight attempts at once, so a receiver that takes its whole timeout holds
     * one slot while the others go on; the lease covers five attempts; the retry waits are the
     * {@link DeliveryPolicy}'s (with its jitter), the worker's schedule only bounds the attempts.
     */
    public static QueueSettings settings(Duration pollInterval, Duration attemptTimeout, DeliveryPolicy policy) {
        Duration budget = attemptTimeout.plusSeconds(5);
        return new QueueSettings("webhooks", pollInterval, budget.multipliedBy(5), budget, 20, 8,
                new RetrySchedule(policy.waits().get(0), policy.waits().stream().max(Duration::compareTo)
                        .orElseThrow(), policy.maxAttempts()), 0);
    }

    @Override
    public List<ClaimedDelivery> claim(String node, Instant now, Instant leaseUntil, int limit) {
        logFigures(now);
        prune(now);
        return deliveries.claim(node, now, leaseUntil, limit, null);
    }

    @Override
    public String describe(ClaimedDelivery d) {
        return "webhook delivery " + d.id() + " (subscription " + d.subscriptionId() + ", account " + d.accountId()
                + ")";
    }

    /** Sends one attempt of the claimed delivery and records it; a 2xx is recorded as delivered here. */
    @Override
    public Outcome run(ClaimedDelivery d, String node, int attempt) {
        Optional<Subscription> found = subscriptions.find(d.subscriptionId());
        if (found.isEmpty()) {
            return Outcome.giveUp("subscription deleted");
        }
        Subscription sub = found.get();
        if (!sub.enabled()) {
            LOG.info("webhook delivery {}: not sent, subscription {} is disabled (account {})", d.id(), sub.id(),
                    sub.accountId());
            return Outcome.giveUp("subscription disabled");
        }
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
            return Outcome.done();
        }
        if (sent.statusCode() != null && sent.statusCode() == 410) {
            subscriptions.setState(sub.accountId(), sub.id(), Subscription.State.DISABLED,
                    "the receiver answered 410 Gone", clock.instant());
            deliveries.failPending(sub.id(), clock.instant(), "subscription disabled");
            LOG.warn("webhook subscription {} disabled: delivery {} was answered 410 Gone (account {})", sub.id(),
                    d.id(), sub.accountId());
            return Outcome.giveUp("HTTP 410: subscription disabled");
        }
        if (subscriptions.recordFailure(sub.id(), policy.disableAfter(), clock.instant())) {
            deliveries.failPending(sub.id(), clock.instant(), "subscription disabled");
            LOG.warn("webhook subscription {} disabled after {} failed attempts in a row (account {}, last: {})",
                    sub.id(), policy.disableAfter(), sub.accountId(), sent.reason());
            return Outcome.giveUp(sent.reason() + "; subscription disabled after " + policy.disableAfter()
                    + " failed attempts in a row");
        }
        // The worker logs the outcome, naming the delivery through describe(), and gives the delivery up after the
        // schedule's last attempt (settings() bounds its attempts by the policy's).
        return Outcome.retryAfter(sent.reason(), policy.delayAfter(attempt));
    }

    @Override
    public void reschedule(long id, String node, int attempts, Instant next, String error) {
        deliveries.reschedule(id, node, attempts, next, error);
    }

    @Override
    public void markFailed(long id, String node, int attempts, String error) {
        deliveries.markFailed(id, node, attempts, error);
    }

    @Override
    public void release(List<Long> ids, String node) {
        deliveries.release(ids, node);
    }

    /**
     * Claims one delivery and sends it now, on the caller's thread (`webhooks test`, `webhooks redeliver`), recording
     * what follows as the worker would. Empty when it was not pending and due, or another node holds it.
     */
    public Optional<Attempt> deliverNow(long deliveryId, String node, Duration lease) {
        Instant now = clock.instant();
        List<ClaimedDelivery> claimed = deliveries.claim(node, now, now.plus(lease), 1, deliveryId);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        ClaimedDelivery d = claimed.get(0);
        int attempts = d.attempts() + 1;
        Outcome outcome = run(d, node, attempts);
        record(d, node, attempts, outcome);
        List<Attempt> log = deliveries.attempts(deliveryId);
        return log.isEmpty() ? Optional.empty() : Optional.of(log.get(log.size() - 1));
    }

    /** What the worker records after an attempt: a retry on the policy's schedule, until its last attempt. */
    void record(ClaimedDelivery d, String node, int attempts, Outcome outcome) {
        if (outcome instanceof Outcome.Retry retry && policy.exhausted(attempts)) {
            markFailed(d.id(), node, attempts, retry.reason());
        } else if (outcome instanceof Outcome.Retry retry) {
            reschedule(d.id(), node, attempts, clock.instant().plus(retry.after()), retry.reason());
        } else if (outcome instanceof Outcome.GiveUp giveUp) {
            markFailed(d.id(), node, attempts, giveUp.reason());
        }
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

    /**
     * Deletes delivered deliveries older than the retention, with their attempts, at most once an hour per node and a
     * bounded number per round, on the lane's own poll (no loop of its own). Nodes may prune side by side: each
     * statement deletes what is still there. Pending and failed deliveries are kept.
     */
    void prune(Instant now) {
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(PRUNE_EVERY);
        Instant before = now.minus(retention);
        int total = 0;
        try {
            for (int round = 0; round < PRUNE_BATCHES; round++) {
                int deleted = deliveries.pruneDelivered(before, PRUNE_BATCH);
                total += deleted;
                if (deleted < PRUNE_BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("webhooks: delivered deliveries not pruned ({}); tried again in {} minutes",
                    Outcome.rootCause(e), PRUNE_EVERY.toMinutes());
        }
        if (total > 0) {
            LOG.info("webhooks: {} delivered deliveries older than {} days deleted", total, retention.toDays());
        }
    }
}
