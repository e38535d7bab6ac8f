package io.frontdesk.account.jdbc;

import io.frontdesk.account.CredentialCache;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;

/**
 * What keeps a node's {@link CredentialCache} honest: on PostgreSQL a listener for the database's notices, on SQLite a
 * poller of a trigger-kept count. Either activates the cache only while it can hear every change.
 */
public interface CredentialChanges extends AutoCloseable {

    /** Starts watching in the background; a second call does nothing. */
    void start();

    @Override
    void close();

    static CredentialChanges watch(Database database, CredentialCache cache) {
        return database.vendor() == DbVendor.POSTGRESQL ? new CredentialChangeListener(database, cache)
                : new CredentialChangePoller(database, cache);
    }
}
