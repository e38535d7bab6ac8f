package io.frontdesk.webhook;

import io.frontdesk.core.Page;
import io.frontdesk.core.PageRequest;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.mailbox.Mailbox;
import io.frontdesk.mailbox.MailboxService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions of every dialect, their delivery log and redelivery. Every write checks the whole
 * subscription (the URL against {@link AddressPolicy}, the events against the dialect's catalogue) before it
 * changes anything; the URL's host is resolved before the transaction begins.
 */
public final class WebhookService {

    /** Subscriptions per account, all dialects together. */
    public static final int MAX_PER_ACCOUNT = 50;
    public static final int MAX_SECRET_LENGTH = 40;
    public static final int MAX_LABEL_LENGTH = 255;
    /** Deliveries `webhooks deliveries` shows, newest first. */
    public static final int LOG_LIMIT = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final MailboxService mailboxes;
    private final AddressPolicy addresses;
    private final Transactions tx;
    private final Clock clock;
    /** Told at the commit of each change here, so this node's fan-out sees it at once. */
    private final SubscriptionChanges changes;

    public WebhookService(SubscriptionStore subscriptions, DeliveryStore deliveries, MailboxService mailboxes,
                          AddressPolicy addresses, Transactions tx, Clock clock, SubscriptionChanges changes) {
        this.changes = changes;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.mailboxes = mailboxes;
        this.addresses = addresses;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates a subscription; answers it with its id. */
    public Subscription create(long accountId, NewSubscription request) {
        NewSubscription checked = check(accountId, request);
        return tx.inTransaction(() -> {
            subscriptions.lockAccount(accountId);
            if (subscriptions.count(accountId) >= MAX_PER_ACCOUNT) {
                throw new ApiException(ErrorKind.BAD_REQUEST, "An account has at most " + MAX_PER_ACCOUNT
                        + " webhooks; delete one first");
            }
            tx.afterCommit(changes::changed);
            return subscriptions.create(accountId, checked, clock.instant());
        });
    }

    /** Help Scout 1.0's `POST /v1/hooks.json`: one hook per account, which a new one replaces. */
    public Subscription replaceV1Hook(long accountId, NewSubscription request) {
        NewSubscription checked = check(accountId, request);
        return tx.inTransaction(() -> {
            subscriptions.lockAccount(accountId);
            for (Subscription old : subscriptions.list(accountId, WebhookDialect.HELPSCOUT_V1)) {
                subscriptions.delete(accountId, old.id());
            }
            if (subscriptions.count(accountId) >= MAX_PER_ACCOUNT) {
                throw new ApiException(ErrorKind.BAD_REQUEST, "An account has at most " + MAX_PER_ACCOUNT
                        + " webhooks; delete one first");
            }
            tx.afterCommit(changes::changed);
            return subscriptions.create(accountId, checked, clock.instant());
        });
    }

    /** Help Scout 2.0's PUT: the whole subscription again; a state of enabled re-enables a disabled one. */
    public void replace(long accountId, long id, NewSubscription request) {
        get(accountId, id, request.dialect());
        NewSubscription checked = check(accountId, request);
        tx.run(() -> {
            get(accountId, id, request.dialect());
            tx.afterCommit(changes::changed);
            subscriptions.replace(accountId, id, checked, clock.instant());
        });
    }

    /** A subscription of this dialect (null: any); another account's or another dialect's is a 404. */
    public Subscription get(long accountId, long id, WebhookDialect dialect) {
        return subscriptions.find(accountId, id).filter(s -> dialect == null || s.dialect() == dialect)
                .orElseThrow(() -> ApiException.notFound("Webhook not found"));
    }

    public List<Subscription> list(long accountId) {
        return subscriptions.list(accountId);
    }

    /** One page of a dialect's subscriptions, oldest first (an account has at most {@value #MAX_PER_ACCOUNT}). */
    public Page<Subscription> page(long accountId, WebhookDialect dialect, PageRequest request) {
        List<Subscription> all = subscriptions.list(accountId, dialect);
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request);
    }

    /** Deletes a subscription and its deliveries and their log. */
    public void delete(long accountId, long id, WebhookDialect dialect) {
        tx.run(() -> {
            get(accountId, id, dialect);
            tx.afterCommit(changes::changed);
            subscriptions.delete(accountId, id);
        });
    }

    /** Re-enables a subscription disabled by failures, a 410 or a client; its failure count starts again. */
    public Subscription enable(long accountId, long id) {
        return tx.inTransaction(() -> {
            get(accountId, id, null);
            tx.afterCommit(changes::changed);
            subscriptions.setState(accountId, id, Subscription.State.ENABLED, null, clock.instant());
            return get(accountId, id, null);
        });
    }

    /**
     * Queues a test delivery (Help Scout's {@code helpscout.test}, a {@code frontdesk.test} HelpCrunch envelope) and
     * answers its id; it does not depend on the subscription's events.
     */
    public long test(long accountId, long id) {
        return tx.inTransaction(() -> {
            Subscription sub = get(accountId, id, null);
            if (!sub.enabled()) {
                throw ApiException.badRequest("Webhook " + id + " is disabled; enable it first");
            }
            Instant now = clock.instant();
            String payload = "{\"test\":true,\"webhookId\":" + id + ",\"createdAt\":\"" + now + "\"}";
            return deliveries.enqueue(accountId, id, null, WebhookCatalogue.testEvent(sub.dialect()), payload, now,
                    now);
        });
    }

    public List<Delivery> deliveries(long accountId, long subscriptionId, boolean failedOnly) {
        get(accountId, subscriptionId, null);
        return deliveries.list(accountId, subscriptionId, failedOnly, LOG_LIMIT);
    }

    public List<Attempt> attempts(long accountId, long deliveryId) {
        deliveries.find(accountId, deliveryId).orElseThrow(() -> ApiException.notFound("Delivery not found"));
        return deliveries.attempts(deliveryId);
    }

    /** Queues one delivery again, due now: a failed one, or a delivered one the receiver lost. */
    public void redeliver(long accountId, long deliveryId) {
        tx.run(() -> {
            Delivery d = deliveries.find(accountId, deliveryId)
                    .orElseThrow(() -> ApiException.notFound("Delivery not found"));
            if (d.status() == Delivery.Status.PENDING) {
                throw ApiException.badRequest("Delivery " + deliveryId + " is still pending");
            }
            deliveries.redeliver(accountId, deliveryId, clock.instant());
        });
    }

    /** Queues every failed delivery of a subscription again; answers how many. */
    public int redeliverFailed(long accountId, long subscriptionId) {
        return tx.inTransaction(() -> {
            get(accountId, subscriptionId, null);
            return deliveries.redeliverFailed(accountId, subscriptionId, clock.instant());
        });
    }

    /** The subscription as it will be stored, or every problem with it at once. */
    private NewSubscription check(long accountId, NewSubscription s) {
        Validation v = new Validation();
        WebhookDialect dialect = s.dialect();
        try {
            addresses.addresses(AddressPolicy.parse(s.url()));
        } catch (AddressPolicy.Refused e) {
            boolean missing = s.url() == null || s.url().isBlank();
            v.add(FieldError.of("url", missing ? "NotEmpty" : "InvalidUrl", e.getMessage(), s.url()));
        }
        List<String> events = events(dialect, s.events(), v);
        String secret = s.secret();
        if (dialect == WebhookDialect.HELPCRUNCH && (secret == null || secret.isEmpty())) {
            secret = signingKey(accountId);
        }
        if (secret == null || secret.isBlank()) {
            v.add(FieldError.of("secret", "NotEmpty", "may not be empty"));
        } else if (secret.length() > MAX_SECRET_LENGTH) {
            v.add(FieldError.of("secret", "Size", "must be at most " + MAX_SECRET_LENGTH + " characters"));
        } else if (!secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            v.add(FieldError.of("secret", "Pattern", "must be printable ASCII without spaces"));
        }
        if (s.label() != null && s.label().length() > MAX_LABEL_LENGTH) {
            v.add(FieldError.of("label", "Size", "must be at most " + MAX_LABEL_LENGTH + " characters"));
        }
        String version = switch (dialect) {
            case HELPSCOUT_V2 -> s.payloadVersion() == null ? "V2" : s.payloadVersion();
            case HELPSCOUT_V1, HELPCRUNCH -> "V1";
        };
        if (!version.equals("V2") && dialect == WebhookDialect.HELPSCOUT_V2) {
            v.add(FieldError.of("payloadVersion", "EnumValue", "must be V2", s.payloadVersion()));
        }
        List<Long> mailboxIds = s.mailboxIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(s.mailboxIds()));
        if (!mailboxIds.isEmpty()) {
            Set<Long> own = mailboxes.list(accountId).stream().map(Mailbox::id).collect(Collectors.toSet());
            for (Long id : mailboxIds) {
                if (id == null || !own.contains(id)) {
                    v.add(FieldError.of("mailboxIds", "InvalidMailbox", "is not a mailbox of this account", id));
                }
            }
        }
        v.throwIfAny();
        return new NewSubscription(dialect, s.url().trim(), events, secret,
                s.label() == null || s.label().isBlank() ? null : s.label(), Boolean.TRUE.equals(s.notification()),
                version, mailboxIds, s.state());
    }

    private static List<String> events(WebhookDialect dialect, List<String> requested, Validation v) {
        if (requested == null || requested.isEmpty()) {
            v.add(FieldError.of("events", "NotEmpty", "may not be empty"));
            return List.of();
        }
        List<String> catalogue = WebhookCatalogue.events(dialect);
        List<String> events = new ArrayList<>();
        for (String name : requested) {
            if (name == null || !catalogue.contains(name)) {
                v.add(FieldError.of("events", "InvalidEvent", "is not an event of this webhook API", name));
            } else if (!events.contains(name)) {
                events.add(name);
            }
        }
        return events;
    }

    /**
     * HelpCrunch signs every delivery of an account with one key: a new subscription without a key of its own takes
     * the account's existing HelpCrunch subscriptions' key, or a new random one (40 hex digits, as the vendor's).
     */
    private String signingKey(long accountId) {
        return subscriptions.list(accountId, WebhookDialect.HELPCRUNCH).stream().map(Subscription::secret)
                .findFirst().orElseGet(() -> {
                    byte[] bytes = new byte[20];
                    RANDOM.nextBytes(bytes);
                    return HexFormat.of().formatHex(bytes);
                });
    }
}
