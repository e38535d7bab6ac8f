package io.frontdesk.webhook.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.webhook.SubscriptionChanges;

import java.util.List;

/**
 * SQLite's {@link SubscriptionChanges}: triggers (migration V25) count every change of a subscription in one row,
 * whichever process made it, and the fan-out reads that row in the change's transaction. SQLite has one writer, so
 * the count read there is the count at the change: a subscription committed before it is always seen.
 */
public final class CountedSubscriptionChanges implements SubscriptionChanges {

    private static final String VERSION = "SELECT version FROM webhook_subscription_changes WHERE id = 1";

    private final Database db;

    public CountedSubscriptionChanges(Database db) {
        this.db = db;
    }

    @Override
    public long version() {
        return db.withStatements(s -> s.first(VERSION, List.of(), (rs, ctx) -> rs.getLong(1)).orElse(UNKNOWN));
    }

    @Override
    public void changed() {
        // the triggers counted it
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }
}
