package io.frontdesk.sandbox.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.sandbox.fixture.FixtureStore;
import io.frontdesk.sandbox.fixture.Pack;
import io.frontdesk.sandbox.fixture.PackIds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link FixtureStore} on both databases: which ids are taken, where the sequences stand and moving them past a pack,
 * in the caller's transaction. The rows themselves are written by {@link FixtureWriter} and read back by
 * {@link FixtureExport}.
 */
public final class JdbcFixtureStore implements FixtureStore {


    /** The table holding each kind's ids; users and teams share the users' sequence. */
    static final Map<PackIds.Kind, String> TABLES = Map.ofEntries(
            Map.entry(PackIds.Kind.ACCOUNT, "accounts"), Map.entry(PackIds.Kind.USER, "users"),
            Map.entry(PackIds.Kind.MAILBOX, "mailboxes"), Map.entry(PackIds.Kind.FIELD, "mailbox_fields"),
            Map.entry(PackIds.Kind.FIELD_OPTION, "mailbox_field_options"), Map.entry(PackIds.Kind.TAG, "tags"),
            Map.entry(PackIds.Kind.ORGANIZATION, "organizations"),
            Map.entry(PackIds.Kind.PROPERTY, "customer_property_defs"), Map.entry(PackIds.Kind.CUSTOMER, "customers"),
            Map.entry(PackIds.Kind.ENTRY, "customer_entries"), Map.entry(PackIds.Kind.CONVERSATION, "conversations"),
            Map.entry(PackIds.Kind.THREAD, "threads"), Map.entry(PackIds.Kind.ATTACHMENT, "attachments"),
            Map.entry(PackIds.Kind.WEBHOOK, "webhook_subscriptions"));

    private final Database db;

    public JdbcFixtureStore(Database db) {
        this.db = db;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T jdbc(Work<T> work) {
        return db.withHandle(h -> {
            try {
                return work.run(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("fixtures: " + e.getMessage(), e);
            }
        });
    }

    private static List<String> tables(PackIds.Kind kind) {
        return kind == PackIds.Kind.USER ? List.of("users", "teams") : List.of(TABLES.get(kind));
    }

    @Override
    public Set<Long> existing(PackIds.Kind kind, Collection<Long> ids) {
        return jdbc(c -> {
            Set<Long> found = new LinkedHashSet<>();
            String marks = String.join(", ", ids.stream().map(id -> "?").toList());
            for (String table : tables(kind)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE id IN (" + marks
                        + ")")) {
                    int i = 1;
                    for (Long id : ids) {
                        ps.setLong(i++, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public long highestId(PackIds.Kind kind) {
        return jdbc(c -> {
            long highest = 0;
            for (String table : tables(kind)) {
                highest = Math.max(highest, highest(c, table));
                highest = Math.max(highest, sequence(c, table));
            }
            return highest;
        });
    }

    private static long highest(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Where the table's id sequence stands (0 when it has given out nothing). */
    private long sequence(Connection c, String table) throws SQLException {
        String sql = db.vendor() == DbVendor.POSTGRESQL
                ? "SELECT COALESCE(s.last_value, 0) FROM pg_sequences s"
                + " WHERE format('%I.%I', s.schemaname, s.sequencename) = pg_get_serial_sequence(?, 'id')"
                : "SELECT seq FROM sqlite_sequence WHERE name = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    @Override
    public void renumberWebhook(long from, long to) {
        jdbc(c -> {
            if (from != to) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE webhook_subscriptions SET id = ? WHERE id = ?")) {
                    ps.setLong(1, to);
                    ps.setLong(2, from);
                    ps.executeUpdate();
                }
            }
            // the next subscription the service makes must not take an id the pack gave
            move(c, "webhook_subscriptions", highest(c, "webhook_subscriptions"));
            return null;
        });
    }

    @Override
    public void moveSequences() {
        jdbc(c -> {
            for (PackIds.Kind kind : PackIds.Kind.values()) {
                long highest = 0;
                for (String table : tables(kind)) {
                    highest = Math.max(highest, highest(c, table));
                }
                // teams take their ids from the users' sequence (JdbcTeamStore), so only that one moves
                move(c, TABLES.get(kind), highest);
            }
            return null;
        });
    }

    private void move(Connection c, String table, long highest) throws SQLException {
        if (highest == 0 || sequence(c, table) >= highest) {
            return;
        }
        if (db.vendor() == DbVendor.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, true)")) {
                ps.setString(1, table);
                ps.setLong(2, highest);
                ps.execute();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = ?")) {
                ps.setLong(1, highest);
                ps.setString(2, table);
                if (ps.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                        insert.setString(1, table);
                        insert.setLong(2, highest);
                        insert.execute();
                    }
                }
            }
        }
    }

    @Override
    public void insert(Pack.Account a, Instant instant) {
        long now = instant.toEpochMilli();
        jdbc(c -> {
            try (FixtureWriter writer = new FixtureWriter(c, db.vendor())) {
                writer.account(a, now);
            }
            return null;
        });
    }

    @Override
    public Optional<Pack.Account> export(long accountId) {
        return jdbc(c -> new FixtureExport(c).account(accountId));
    }
}
