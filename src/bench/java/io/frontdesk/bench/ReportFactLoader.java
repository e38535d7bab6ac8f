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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a year of one account's report history straight into {@code report_facts}, as {@code ReportRecorder} would
 * have written it for conversations that lived through it: created (by a customer mostly, else by a user), customer
 * messages, replies with the wait they ended, closes with the replies they took, reopenings, ratings (some with a
 * comment), and the subject facts of the conversations report's lists: tags put on at creation (and the tags the
 * conversations carry, {@code conversation_tags}, which the {@code tags=} filter reads), replies written from saved
 * replies, workflow runs. Each fact carries its conversation's folder state (status, assignee), which the
 * {@code folders=} filter reads. Generated from a seed, in time order (as the recorder writes them), over several
 * mailboxes, users and the three types.
 *
 * <p>Each conversation also gets its {@code conversations} row ({@link LoadedConversation}), in the same chunks as its
 * facts: the drilldowns list the page's conversations from it and the user conversation history joins it. The bench
 * has no mailboxes and no threads, so the conversations, {@code conversation_tags}, {@code saved_replies} and
 * {@code workflows} are written with the foreign keys off on the loading connection: only the reports read them. On
 * SQLite each conversation's insert trigger writes its full-text row (subject, empty body), as the server's would.
 */
final class ReportFactLoader {

    private static final int CHUNK = 20_000;
    private static final long HOUR = 3_600_000L;
    private static final String[] LEVELS = {"GREAT", "GREAT", "GREAT", "OKAY", "NOT_GOOD"};
    /** Tags of the account: a few dozen, the first ones far more used (a square law, as customers are picked). */
    static final int TAGS = 40;
    /** Saved replies per mailbox, workflows of the account. */
    private static final int SAVED_REPLIES = 4;
    private static final int WORKFLOWS = 12;

    /** One fact row, the columns of report_facts. */
    record Row(String kind, long conversation, long mailbox, String type, long customer, Long user,
                       Long thread, long at, Long since, Integer replies, boolean firstReply, String rating,
                       String comments, Long subject, String status, Long assignee) {

        Row(String kind, long conversation, long mailbox, String type, long customer, Long user, Long thread,
            long at, Long since, Integer replies, boolean firstReply, String rating) {
            this(kind, conversation, mailbox, type, customer, user, thread, at, since, replies, firstReply, rating,
                    null, null, null, null);
        }
    }

    /** The subjects' ids: tags (the most used first), saved replies per mailbox, workflows. */
    private record Subjects(long[] tags, long[][] savedReplies, long[] workflows) {
    }

    /** What was loaded: the facts written and the tags' ids, the most used first. */
    record Loaded(long facts, long[] tags) {
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

    Loaded load(Database db, long conversations) {
        try (Connection connection = db.dataSource().getConnection()) {
            boolean postgres = db.vendor() == DbVendor.POSTGRESQL;
            try (Statement s = connection.createStatement()) {
                // a session setting on PostgreSQL (superuser): foreign keys are triggers, not fired for a replica
                s.execute(postgres ? "SET session_replication_role = replica" : "PRAGMA foreign_keys = OFF");
            }
            try {
                Subjects subjects = subjects(connection);
                long facts = postgres ? copy(connection, conversations, subjects)
                        : insert(connection, conversations, subjects);
                return new Loaded(facts, subjects.tags());
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute(postgres ? "SET session_replication_role = DEFAULT" : "PRAGMA foreign_keys = ON");
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("report facts load failed", e);
        }
    }

    /** The account's tags, saved replies (a few per mailbox) and workflows, named as a user would. */
    private Subjects subjects(Connection connection) throws SQLException {
        long[] tags = new long[TAGS];
        for (int i = 0; i < TAGS; i++) {
            tags[i] = insertReturningId(connection, "INSERT INTO tags (account_id, name, slug, color, created_at,"
                    + " updated_at) VALUES (?, ?, ?, '#000000', ?, ?)", "tag " + i, "tag-" + i);
        }
        long[][] savedReplies = new long[mailboxes.length][SAVED_REPLIES];
        for (int m = 0; m < mailboxes.length; m++) {
            for (int i = 0; i < SAVED_REPLIES; i++) {
                savedReplies[m][i] = insertReturningId(connection, "INSERT INTO saved_replies (account_id, mailbox_id,"
                        + " name, text, created_at, updated_at) VALUES (?, " + mailboxes[m] + ", ?, ?, ?, ?)",
                        "Saved reply " + m + "." + i, "Hello");
            }
        }
        long[] workflows = new long[WORKFLOWS];
        for (int i = 0; i < WORKFLOWS; i++) {
            workflows[i] = insertReturningId(connection, "INSERT INTO workflows (account_id, mailbox_id, type, status,"
                    + " sort_order, name, definition, created_at, modified_at) VALUES (?, "
                    + mailboxes[i % mailboxes.length] + ", '" + (i < WORKFLOWS / 2 ? "automatic" : "manual")
                    + "', 'active', " + i + ", ?, ?, ?, ?)", "Workflow " + i, "{}");
        }
        return new Subjects(tags, savedReplies, workflows);
    }

    /** Inserts a row whose statement takes the account, two texts and two times, in that order: its id. */
    private long insertReturningId(Connection connection, String sql, String first, String second)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql + " RETURNING id")) {
            insert.setLong(1, accountId);
            insert.setString(2, first);
            insert.setString(3, second);
            insert.setLong(4, yearStart);
            insert.setLong(5, yearStart);
            try (var rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The facts of conversation {@code n} (numbered from 0), from its own seed so any chunk can be made alone. */
    private List<Row> conversation(long n, long conversations, Subjects subjects) {
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
        return lists(n, mailboxIndex(mailbox), rows, subjects);
    }

    private int mailboxIndex(long mailbox) {
        for (int i = 0; i < mailboxes.length; i++) {
            if (mailboxes[i] == mailbox) {
                return i;
            }
        }
        throw new IllegalArgumentException("mailbox " + mailbox);
    }

    /**
     * The conversation's facts with their folder state, a comment on some ratings, and its subject facts, from a
     * second seed so that the facts above stay those of earlier runs: 60 % of conversations tagged at creation with
     * one to three tags, 30 % of replies written from one of the mailbox's saved replies, 25 % of conversations run
     * through a workflow a minute after creation (as nobody: an automatic one) and 5 % through a manual one by the
     * replier after the first reply. 70 % are assigned to the replier from the start, the others at the first reply;
     * open facts are active (a reply leaves the conversation pending), a close and what follows it closed until a
     * reopening.
     */
    private List<Row> lists(long n, int mailboxIndex, List<Row> plain, Subjects subjects) {
        Random x = new Random(n * 104_729 + 31);
        Long replier = plain.stream().filter(f -> f.kind().equals("REPLY")).findFirst().map(Row::user).orElse(null);
        Long assignee = x.nextInt(100) < 70 ? replier : null;
        String status = "active";
        List<Row> rows = new ArrayList<>(plain.size() + 4);
        boolean firstReply = true;
        for (Row f : plain) {
            switch (f.kind()) {
                case "CLOSED", "RATED" -> status = "closed";
                case "REOPENED", "CUSTOMER_MESSAGE" -> status = "active";
                case "REPLY" -> {
                    assignee = f.user();
                    status = "pending";
                }
                default -> {
                }
            }
            String comments = f.kind().equals("RATED") && x.nextInt(100) < 40 ? "Comment on " + f.conversation()
                    : null;
            rows.add(new Row(f.kind(), f.conversation(), f.mailbox(), f.type(), f.customer(), f.user(), f.thread(),
                    f.at(), f.since(), f.replies(), f.firstReply(), f.rating(), comments, null, status, assignee));
            if (f.kind().equals("CREATED")) {
                Row open = rows.get(rows.size() - 1);
                if (x.nextInt(100) < 60) {
                    int count = 1 + x.nextInt(3);
                    Set<Long> tags = new LinkedHashSet<>();
                    while (tags.size() < count) {
                        tags.add(subjects.tags()[(int) Math.floor(Math.pow(x.nextDouble(), 2) * TAGS)]);
                    }
                    for (long tag : tags) {
                        rows.add(subject(open, "TAGGED", open.user(), null, open.at(), tag));
                    }
                }
                if (x.nextInt(100) < 25) {
                    rows.add(subject(open, "WORKFLOW", null, null, open.at() + 60_000L,
                            subjects.workflows()[x.nextInt(WORKFLOWS / 2)]));
                }
            } else if (f.kind().equals("REPLY")) {
                Row reply = rows.get(rows.size() - 1);
                if (x.nextInt(100) < 30) {
                    long[] replies = subjects.savedReplies()[mailboxIndex];
                    rows.add(subject(reply, "SAVED_REPLY", reply.user(), reply.thread(), reply.at(),
                            replies[x.nextInt(replies.length)]));
                }
                if (firstReply && x.nextInt(100) < 5) {
                    rows.add(subject(reply, "WORKFLOW", reply.user(), null, reply.at() + 1_000L,
                            subjects.workflows()[WORKFLOWS / 2 + x.nextInt(WORKFLOWS / 2)]));
                }
                firstReply = false;
            }
        }
        return rows;
    }

    /** A subject fact as SubjectRecorder writes it: no since, replies or rating, the conversation's folder state. */
    private static Row subject(Row of, String kind, Long user, Long thread, long at, long subject) {
        return new Row(kind, of.conversation(), of.mailbox(), of.type(), of.customer(), user, thread, at, null, null,
                false, null, null, subject, of.status(), of.assignee());
    }

    /** The tags a conversation carries now: those its TAGGED facts put on (none is taken off). */
    private static List<Long> tagsOf(List<Row> rows) {
        return rows.stream().filter(f -> f.kind().equals("TAGGED")).map(Row::subject).toList();
    }

    private long insert(Connection connection, long conversations, Subjects subjects) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA cache_size = -262144");
        }
        long written = 0;
        // chunks of their own transactions, each taking the write lock up front: the bench's own server writes to
        // the same file, and a deferred transaction that meets its writer fails (and rolls back) instead of waiting
        begin(connection);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO report_facts (account_id, kind, conversation_id, number, mailbox_id, conversation_type,
                                          customer_id, user_id, thread_id, at, since, replies, first_reply, rating,
                                          comments, subject_id, status, assignee_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement tag = connection.prepareStatement(
                     "INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)");
             PreparedStatement row = connection.prepareStatement("INSERT INTO conversations ("
                     + LoadedConversation.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?)")) {
            for (long n = 0; n < conversations; n++) {
                List<Row> facts = conversation(n, conversations, subjects);
                LoadedConversation.of(facts).bind(row, accountId);
                row.addBatch();
                for (long t : tagsOf(facts)) {
                    tag.setLong(1, n + 1);
                    tag.setLong(2, t);
                    tag.addBatch();
                }
                for (Row f : facts) {
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
                    insert.setString(15, f.comments());
                    insert.setObject(16, f.subject());
                    insert.setString(17, f.status());
                    insert.setObject(18, f.assignee());
                    insert.addBatch();
                    written++;
                }
                if ((n + 1) % CHUNK == 0 || n + 1 == conversations) {
                    row.executeBatch();
                    insert.executeBatch();
                    tag.executeBatch();
                    execute(connection, "COMMIT");
                    if (n + 1 < conversations) {
                        begin(connection);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException none) {
                e.addSuppressed(none); // no transaction was open: the failure is the one to report
            }
            throw e;
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
        }
        return written;
    }

    /** {@code BEGIN IMMEDIATE}, tried again while another writer holds the lock past the busy timeout. */
    private static void begin(Connection connection) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                execute(connection, "BEGIN IMMEDIATE");
                return;
            } catch (SQLException busy) {
                if (attempt == 10 || !String.valueOf(busy.getMessage()).contains("SQLITE_BUSY")) {
                    throw busy;
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private long copy(Connection connection, long conversations, Subjects subjects)
            throws SQLException, IOException {
        SecondaryIndexes indexes;
        try (Statement s = connection.createStatement()) {
            // the rollup tables are rebuilt after the load, in one pass each
            indexes = SecondaryIndexes.drop(s, "i.tablename IN ('report_facts', 'conversations')");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long written = 0;
        StringBuilder rows = new StringBuilder();
        StringBuilder tags = new StringBuilder();
        StringBuilder conversationRows = new StringBuilder();
        for (long n = 0; n < conversations; n++) {
            List<Row> facts = conversation(n, conversations, subjects);
            LoadedConversation.of(facts).appendCsv(conversationRows, accountId);
            for (long t : tagsOf(facts)) {
                tags.append(n + 1).append(',').append(t).append('\n');
            }
            for (Row f : facts) {
                rows.append(accountId).append(',').append(f.kind()).append(',').append(f.conversation()).append(',')
                        .append(f.conversation()).append(',').append(f.mailbox()).append(',').append(f.type())
                        .append(',').append(f.customer()).append(',').append(nullable(f.user())).append(',')
                        .append(nullable(f.thread())).append(',').append(f.at()).append(',')
                        .append(nullable(f.since())).append(',').append(nullable(f.replies())).append(',')
                        .append(f.firstReply()).append(',').append(nullable(f.rating())).append(',')
                        .append(nullable(f.comments())).append(',').append(nullable(f.subject())).append(',')
                        .append(nullable(f.status())).append(',').append(nullable(f.assignee())).append('\n');
                written++;
            }
            if ((n + 1) % CHUNK == 0 || n + 1 == conversations) {
                copy.copyIn("COPY conversations (" + LoadedConversation.COLUMNS + ") FROM STDIN (FORMAT csv)",
                        new StringReader(conversationRows.toString()));
                conversationRows.setLength(0);
                copy.copyIn("COPY report_facts (account_id, kind, conversation_id, number, mailbox_id,"
                        + " conversation_type, customer_id, user_id, thread_id, at, since, replies, first_reply, rating,"
                        + " comments, subject_id, status, assignee_id) FROM STDIN (FORMAT csv)",
                        new StringReader(rows.toString()));
                rows.setLength(0);
                copy.copyIn("COPY conversation_tags (conversation_id, tag_id) FROM STDIN (FORMAT csv)",
                        new StringReader(tags.toString()));
                tags.setLength(0);
            }
        }
        try (Statement s = connection.createStatement()) {
            indexes.recreate(s);
            s.execute("SELECT setval(pg_get_serial_sequence('report_facts', 'id'), (SELECT MAX(id) FROM report_facts))");
            // ids given, as the facts' conversation_id: the server's next conversation takes the one after
            s.execute("SELECT setval(pg_get_serial_sequence('conversations', 'id'), (SELECT MAX(id) FROM conversations))");
            s.execute("VACUUM ANALYZE report_facts");
            s.execute("VACUUM ANALYZE conversations");
            s.execute("VACUUM ANALYZE conversation_tags");
        }
        return written;
    }

    private static String nullable(Object value) {
        return value == null ? "" : value.toString();
    }
}
