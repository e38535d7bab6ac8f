package io.frontdesk.bench;

import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a year of one account's report history straight into {@code report_facts}, as {@code ReportRecorder} would
 * have written it for conversations that lived through it: created (by a customer mostly, else by a user), customer
 * messages, replies with the wait they ended, closes with the replies they took, reopenings, ratings. Generated from a
 * seed, in time order (as the recorder writes them), over several mailboxes, users and the three types.
 */
final class ReportFactLoader {

    private static final int CHUNK = 20_000;
    private static final long HOUR = 3_600_000L;
    private static final String[] LEVELS = {"GREAT", "GREAT", "GREAT", "OKAY", "NOT_GOOD"};

    /** One fact row, the columns of report_facts. */
    private record Row(String kind, long conversation, long mailbox, String type, long customer, Long user,
                       Long thread, long at, Long since, Integer replies, boolean firstReply, String rating) {
    }

    /** What was loaded: the users' ids (for the user reports) and the number of facts written. */
    record Loaded(List<Long> users, long facts) {
    }

    private final long accountId;
    private final long yearStart;
    private final long yearMillis;
    private final long firstCustomer;
    private final long customers;
    private final List<Long> users;
    private final long[] mailboxes;

    ReportFactLoader(long accountId, long yearStart, long yearMillis, long firstCustomer, long customers,
                     List<Long> users, long[] mailboxes) {
        this.accountId = accountId;
        this.yearStart = yearStart;
        this.yearMillis = yearMillis;
        this.firstCustomer = firstCustomer;
        this.customers = customers;
        this.users = users;
        this.mailboxes = mailboxes;
    }

    long load(Database db, long conversations) {
        try (Connection connection = db.dataSource().getConnection()) {
            return db.vendor() == DbVendor.POSTGRESQL ? copy(connection, conversations)
                    : insert(connection, conversations);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("report facts load failed", e);
        }
    }

    /** The facts of conversation {@code n} (numbered from 0), from its own seed so any chunk can be made alone. */
    private List<Row> conversation(long n, long conversations) {
        Random r = new Random(n * 7919 + 17);
        long id = n + 1;
        long created = yearStart + (long) ((n + r.nextDouble()) * yearMillis / conversations);
        long mailbox = mailboxes[r.nextInt(mailboxes.length)];
        int t = r.nextInt(10);
        String type = t < 6 ? "email" : t < 9 ? "chat" : "phone";
        long customer = firstCustomer + (long) Math.floor(Math.pow(r.nextDouble(), 2) * customers);
        Long user = users.get(r.nextInt(users.size()));
        boolean byCustomer = r.nextInt(100) < 85;
        List<Row> rows = new ArrayList<>();
        long thread = id * 10;
        rows.add(new Row("CREATED", id, mailbox, type, customer, byCustomer ? null : user, null, created, null, null,
                false, null));
        long at = created;
        Long waiting = null;
        if (byCustomer) {
            rows.add(new Row("CUSTOMER_MESSAGE", id, mailbox, type, customer, null, thread++, at, null, null, false,
                    null));
            waiting = at;
        }
        int replies = 0;
        int rounds = 1 + (r.nextInt(100) < 50 ? 1 : 0) + (r.nextInt(100) < 15 ? 1 : 0);
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                at += (long) (r.nextDouble() * 24 * HOUR);
                rows.add(new Row("CUSTOMER_MESSAGE", id, mailbox, type, customer, null, thread++, at, null, null,
                        false, null));
                waiting = at;
            }
            at += 60_000L + (long) (-Math.log(1 - r.nextDouble()) * 3 * HOUR);
            replies++;
            rows.add(new Row("REPLY", id, mailbox, type, customer, user, thread++, at, waiting, replies,
                    byCustomer && replies == 1, null));
            waiting = null;
        }
        long lastReply = at;
        if (r.nextInt(100) < 85) {
            at += (long) (r.nextDouble() * 48 * HOUR);
            rows.add(new Row("CLOSED", id, mailbox, type, customer, user, null, at, created, replies, false, null));
            if (r.nextInt(100) < 10) {
                at += (long) (r.nextDouble() * 72 * HOUR);
                rows.add(new Row("RATED", id, mailbox, type, customer, user, thread - 1, at, lastReply, null, false,
                        LEVELS[r.nextInt(LEVELS.length)]));
            }
            if (r.nextInt(100) < 8) {
                at += (long) (r.nextDouble() * 72 * HOUR);
                rows.add(new Row("REOPENED", id, mailbox, type, customer, null, null, at, null, null, false, null));
                rows.add(new Row("CUSTOMER_MESSAGE", id, mailbox, type, customer, null, thread++, at, null, null,
                        false, null));
                at += 60_000L + (long) (-Math.log(1 - r.nextDouble()) * 3 * HOUR);
                replies++;
                rows.add(new Row("REPLY", id, mailbox, type, customer, user, thread++, at, at, replies, false, null));
                at += (long) (r.nextDouble() * 24 * HOUR);
                rows.add(new Row("CLOSED", id, mailbox, type, customer, user, null, at, created, replies, false,
                        null));
            }
        }
        return rows;
    }

    private long insert(Connection connection, long conversations) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA cache_size = -262144");
        }
        long written = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id, conversation_type,
                                          customer_id, user_id, thread_id, at, since, replies, first_reply, rating)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (long n = 0; n < conversations; n++) {
                for (Row f : conversation(n, conversations)) {
                    insert.setLong(1, accountId);
                    insert.setString(2, f.kind());
                    insert.setLong(3, f.conversation());
                    insert.setLong(4, f.conversation());
                    insert.setLong(5, f.mailbox());
                    insert.setString(6, f.type());
                    insert.setLong(7, f.customer());
                    insert.setObject(8, f.user());
                    insert.setObject(9, f.thread());
                    insert.setLong(10, f.at());
                    insert.setObject(11, f.since());
                    insert.setObject(12, f.replies());
                    insert.setBoolean(13, f.firstReply());
                    insert.setString(14, f.rating());
                    insert.addBatch();
                    written++;
                }
                if ((n + 1) % CHUNK == 0 || n + 1 == conversations) {
                    insert.executeBatch();
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
        }
        return written;
    }

    private long copy(Connection connection, long conversations) throws SQLException, IOException {
        SecondaryIndexes indexes;
        try (Statement s = connection.createStatement()) {
            // the rollup tables are rebuilt after the load, in one pass each
            indexes = SecondaryIndexes.drop(s, "i.tablename = 'report_facts'");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long written = 0;
        StringBuilder rows = new StringBuilder();
        for (long n = 0; n < conversations; n++) {
            for (Row f : conversation(n, conversations)) {
                rows.append(accountId).append(',').append(f.kind()).append(',').append(f.conversation()).append(',')
                        .append(f.conversation()).append(',').append(f.mailbox()).append(',').append(f.type())
                        .append(',').append(f.customer()).append(',').append(nullable(f.user())).append(',')
                        .append(nullable(f.thread())).append(',').append(f.at()).append(',')
                        .append(nullable(f.since())).append(',').append(nullable(f.replies())).append(',')
                        .append(f.firstReply()).append(',').append(nullable(f.rating())).append('\n');
                written++;
            }
            if ((n + 1) % CHUNK == 0 || n + 1 == conversations) {
                copy.copyIn("COPY report_facts (account_id, kind, conversation_id, number, mailbox_id,"
                        + " conversation_type, customer_id, user_id, thread_id, at, since, replies, first_reply, rating)"
                        + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }
        try (Statement s = connection.createStatement()) {
            indexes.recreate(s);
            s.execute("SELECT setval(pg_get_serial_sequence('report_facts', 'id'), (SELECT MAX(id) FROM report_facts))");
            s.execute("VACUUM ANALYZE report_facts");
        }
        return written;
    }

    private static String nullable(Object value) {
        return value == null ? "" : value.toString();
    }
}
