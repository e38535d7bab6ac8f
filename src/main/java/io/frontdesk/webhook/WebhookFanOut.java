package io.frontdesk.webhook;

import io.frontdesk.core.Transactions;
import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventSubscriber;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each recorded event into webhook deliveries, inside the change's transaction: a change that rolls back
 * queues nothing, a committed one has its deliveries. An account's enabled subscriptions come from the
 * {@link SubscriptionCache}, so an account without any costs no read. For each enabled subscription whose events
 * include one of its dialect's names for the event (and, for Help Scout's {@code convo.*} events, whose mailboxes
 * include the conversation's), one delivery is queued; the payload is captured once per dialect, event name and
 * notification mode, however many subscriptions receive it. Once a change that queued deliveries commits, this
 * node's delivery lane is woken ({@code queued}), so they go out at once rather than at its next poll.
 */
public final class WebhookFanOut implements EventSubscriber {

    private final SubscriptionCache subscriptions;
    private final DeliveryStore deliveries;
    private final PayloadRegistry payloads;
    private final Transactions tx;
    private final Runnable queued;
    private final Clock clock;

    /**
     * @param queued run after the commit of a change that queued deliveries (the delivery lane's {@code wake})
     */
    public WebhookFanOut(SubscriptionCache subscriptions, DeliveryStore deliveries, PayloadRegistry payloads,
                         Transactions tx, Runnable queued, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.tx = tx;
        this.queued = queued;
        this.clock = clock;
    }

    @Override
    public void onEvent(Event event) {
        List<Subscription> enabled = subscriptions.enabled(event.accountId());
        if (enabled.isEmpty()) {
            return;
        }
        boolean any = false;
        Map<WebhookDialect, List<String>> names = new EnumMap<>(WebhookDialect.class);
        Map<String, String> captured = new HashMap<>();
        for (Subscription sub : enabled) {
            if (!payloads.rendersEvents(sub.dialect())) {
                continue;
            }
            WebhookPayloads wire = payloads.get(sub.dialect());
            for (String name : names.computeIfAbsent(sub.dialect(), d -> wire.eventNames(event))) {
                if (!sub.events().contains(name) || !inMailboxes(sub, name, event)) {
                    continue;
                }
                String key = sub.dialect() + " " + name + " " + sub.notification();
                String payload = captured.computeIfAbsent(key, k -> wire.capture(event, name, sub.notification()));
                deliveries.enqueue(event.accountId(), sub.id(), event.id(), name, payload, event.occurredAt(),
                        clock.instant());
                any = true;
            }
        }
        if (any) {
            tx.afterCommit(queued);
        }
    }

    /** Help Scout's {@code mailboxIds} limits conversation events only; {@code customer.created} is account-wide. */
    static boolean inMailboxes(Subscription sub, String name, Event event) {
        if (sub.mailboxIds().isEmpty() || !WebhookCatalogue.mailboxScoped(name)) {
            return true;
        }
        return event.mailboxId() != null && sub.mailboxIds().contains(event.mailboxId());
    }
}
