package io.frontdesk.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions. Every method joins the caller's transaction when there is one. */
public interface SubscriptionStore {

    Subscription create(long accountId, NewSubscription subscription, Instant now);

    /** Replaces every field a client sets; the failure count restarts when the state is set to enabled. */
    void replace(long accountId, long id, NewSubscription subscription, Instant now);

    Optional<Subscription> find(long accountId, long id);

    /** Any account's subscription, for the delivery worker. */
    Optional<Subscription> find(long id);

    /** The account's subscriptions of one dialect, oldest first. */
    List<Subscription> list(long accountId, WebhookDialect dialect);

    /** Every subscription of the account, oldest first. */
    List<Subscription> list(long accountId);

    /** The fan-out's read: the account's enabled subscriptions, one indexed query. */
    List<Subscription> enabled(long accountId);

    int count(long accountId);

    /**
     * Takes the account's row lock for the rest of the transaction (PostgreSQL; SQLite has one writer), so creates of
     * one account's subscriptions count and insert one after the other and cannot pass the bound together.
     */
    void lockAccount(long accountId);

    boolean delete(long accountId, long id);

    /** Sets the state; enabling clears the reason and the failure count. */
    boolean setState(long accountId, long id, Subscription.State state, String reason, Instant now);

    /** A success: the failure count restarts. */
    void recordSuccess(long id);

    /**
     * A failed attempt: counts it and disables the subscription when the count reaches {@code disableAt}. Returns
     * true when this failure disabled it.
     */
    boolean recordFailure(long id, int disableAt, Instant now);
}
