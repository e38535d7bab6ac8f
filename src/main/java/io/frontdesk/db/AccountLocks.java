package io.frontdesk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL's transaction-scoped advisory locks between background work on an account's derived rows (the report
 * rollups' fold) and the writes that remove or rewrite whole accounts (the sandbox's account reset and deletion, its
 * reset of everything and snapshot restore). Without them the two touch the same tables in different orders and
 * deadlock (seen in the sandbox bench: a seeded account's reset against its fold, two in ten rounds).
 *
 * <p>Work on one account takes the store's lock shared, then the account's exclusive; a rewrite of the whole store
 * takes the store's exclusive, so it waits for the account work in flight and holds new work back until it commits.
 * SQLite has one writer at a time: nothing to take there.
 */
public final class AccountLocks {

    private static final String STORE_SHARED = "SELECT pg_advisory_xact_lock_shared(2026, 0)";
    private static final String STORE = "SELECT pg_advisory_xact_lock(2026, 0)";
    private static final String ACCOUNT = "SELECT pg_advisory_xact_lock(2025, CAST(? AS INTEGER))";

    private AccountLocks() {
    }

    /** In a transaction that works on the account's rows, before it touches any. */
    public static void account(Statements s, DbVendor vendor, long accountId) {
        if (vendor == DbVendor.POSTGRESQL) {
            s.first(STORE_SHARED, List.of(), (rs, ctx) -> 0);
            s.first(ACCOUNT, Statements.params(accountId), (rs, ctx) -> 0);
        }
    }

    /** {@link #account(Statements, DbVendor, long)} on a plain connection, in its current transaction. */
    public static void account(Connection c, DbVendor vendor, long accountId) throws SQLException {
        if (vendor == DbVendor.POSTGRESQL) {
            try (Statement st = c.createStatement()) {
                st.execute(STORE_SHARED);
            }
            try (PreparedStatement ps = c.prepareStatement(ACCOUNT)) {
                ps.setLong(1, accountId);
                ps.execute();
            }
        }
    }

    /** In a transaction that rewrites the whole store, before it touches any row. */
    public static void store(Connection c, DbVendor vendor) throws SQLException {
        if (vendor == DbVendor.POSTGRESQL) {
            try (Statement st = c.createStatement()) {
                st.execute(STORE);
            }
        }
    }
}
