-- The fan-out caches each account's enabled webhook subscriptions (SubscriptionCache), so a change of an account
-- without any reads none. These triggers notify the channel every node listens on (SubscriptionChangeListener) when a
-- statement changes what the fan-out reads of a subscription (not its failure count or modified time, which each
-- delivery moves), whoever ran it; the notice is sent at the commit, once per transaction. The SQLite folder counts the
-- changes in a row instead.
CREATE FUNCTION frontdesk_notify_webhook_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('frontdesk_webhooks', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER webhook_subscriptions_changed AFTER INSERT OR DELETE OR TRUNCATE ON webhook_subscriptions
    FOR EACH STATEMENT EXECUTE FUNCTION frontdesk_notify_webhook_change();

-- Row by row, so that an update which leaves all of them as they were (a failure counted) notifies nobody.
CREATE TRIGGER webhook_subscriptions_updated AFTER UPDATE ON webhook_subscriptions FOR EACH ROW
    WHEN ((OLD.account_id, OLD.dialect, OLD.url, OLD.events, OLD.secret, OLD.notification, OLD.payload_version,
           OLD.mailbox_ids, OLD.state) IS DISTINCT FROM (NEW.account_id, NEW.dialect, NEW.url, NEW.events,
           NEW.secret, NEW.notification, NEW.payload_version, NEW.mailbox_ids, NEW.state))
    EXECUTE FUNCTION frontdesk_notify_webhook_change();

-- The event record is written in every write's transaction: one secondary index fewer to keep at each insert. Readers
-- page an account's events by id (events_account); a report of one type filters that range.
DROP INDEX events_account_type;
