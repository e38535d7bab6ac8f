-- The fan-out caches each account's enabled webhook subscriptions (SubscriptionCache), so a change of an account
-- without any reads none. These triggers count every change of a subscription the fan-out reads (not its failure count
-- or modified time, which each delivery moves) in one row, whichever process made it; the fan-out reads that row in the
-- change's transaction and drops its cache when the count moved (CountedSubscriptionChanges).
CREATE TABLE webhook_subscription_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);

INSERT INTO webhook_subscription_changes (id, version) VALUES (1, 0);

CREATE TRIGGER webhook_subscriptions_changed_insert AFTER INSERT ON webhook_subscriptions
BEGIN
    UPDATE webhook_subscription_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER webhook_subscriptions_changed_update AFTER UPDATE ON webhook_subscriptions
    WHEN OLD.account_id IS NOT NEW.account_id OR OLD.dialect IS NOT NEW.dialect OR OLD.url IS NOT NEW.url
        OR OLD.events IS NOT NEW.events OR OLD.secret IS NOT NEW.secret OR OLD.notification IS NOT NEW.notification
        OR OLD.payload_version IS NOT NEW.payload_version OR OLD.mailbox_ids IS NOT NEW.mailbox_ids
        OR OLD.state IS NOT NEW.state
BEGIN
    UPDATE webhook_subscription_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER webhook_subscriptions_changed_delete AFTER DELETE ON webhook_subscriptions
BEGIN
    UPDATE webhook_subscription_changes SET version = version + 1 WHERE id = 1;
END;

-- The event record is written in every write's transaction: one secondary index fewer to keep at each insert. Readers
-- page an account's events by id (events_account); a report of one type filters that range.
DROP INDEX events_account_type;
