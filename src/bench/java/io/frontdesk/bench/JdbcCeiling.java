package io.frontdesk.bench;

import io.frontdesk.db.Database;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ceiling of each operation: every row the server writes for it (inserts and updates; the benchmark's server
 * sends no mail, so neither it nor the ceiling queues an email) and the reads its answer is made of, run directly
 * through JDBC from this process, on the same database file or server, schema, triggers and durability settings, with
 * the same number of concurrent workers, and no HTTP, JSON, authentication or validation. The server's checks (the
 * mailbox exists, the email is free, the conversation may take a thread) are left out, so no implementation of the
 * operation could beat the ceiling. What the server adds on top is the cost of being an API server and of checking
 * its input.
 */
final class JdbcCeiling {

    /** One ceiling workload: worker w's nth unit of work on a borrowed connection. */
    interface Work {
        void run(Connection connection, int worker, long n) throws SQLException;
    }

    private JdbcCeiling() {
    }

    static Map<String, Work> workloads(long accountId, PerfOperations.Fixture fixture, String run) {
        List<Long> customers = fixture.customerIds();
        List<Long> conversations = fixture.conversationIds();
        return Map.of(
                "1.0 create customer", (c, w, n) -> createCustomer(c, accountId, "c1." + run + "." + w + "." + n, null),
                "2.0 create customer", (c, w, n) -> createCustomer(c, accountId, "c2." + run + "." + w + "." + n, null),
                "HelpCrunch create customer", (c, w, n) -> createCustomer(c, accountId,
                        "ch." + run + "." + w + "." + n, "cu-" + run + "-" + w + "-" + n),
                "2.0 get customer", (c, w, n) -> snapshot(c, r -> readCustomer(r, accountId,
                        customers.get((int) ((w * 7919L + n) % customers.size())))),
                "2.0 list with query=", (c, w, n) -> snapshot(c, r -> searchByEmail(r, accountId,
                        "fixture." + ((w * 7919L + n) % customers.size()) + "@bench.test")),
                "HelpCrunch search", (c, w, n) -> snapshot(c, r -> searchByEmail(r, accountId,
                        "fixture." + ((w * 7919L + n) % customers.size()) + "@bench.test")),
                "create conversation (3 threads)", (c, w, n) -> createConversation(c, accountId, fixture.mailboxId(),
                        customers.get((int) ((w * 31L + n) % customers.size()))),
                "add a reply thread", (c, w, n) -> addThread(c, accountId,
                        conversations.get((int) ((w * 131L + n) % conversations.size()))));
    }

    /**
     * Runs a workload like {@link LoadRun}: workers back to back, warm-up, then a measured window.
     *
     * @param keepStatements compile each statement once per connection and reuse it, as a tight JDBC loop would (and as
     *                       the server does on SQLite); false compiles every statement at each use
     */
    static LoadRun.Result run(Database db, Work work, int workers, double warmupSeconds, double seconds,
                              boolean keepStatements) throws InterruptedException {
        Set<Object> patient = ConcurrentHashMap.newKeySet();
        return LoadRun.measure(workers, warmupSeconds, seconds, (worker, n) -> {
            db.withConnection(connection -> {
                waitLonger(connection, patient);
                KEEP.set(keepStatements);
                WRITER.set(db.writerDataSource().orElse(null));
                try {
                    work.run(connection, worker, n);
                } finally {
                    closeUsed();
                }
                return null;
            });
        });
    }

    /**
     * Lets a SQLite connection wait a minute for the write lock. The ceiling's writers queue in this process, but can
     * still meet this process's maintenance checkpoint in SQLite's busy handler, which wakes waiters in no order: with
     * the server's ten seconds one writer once gave up and spoiled a ceiling. Set once per physical connection,
     * outside the measured statements.
     */
    private static void waitLonger(Connection connection, Set<Object> patient) throws SQLException {
        Connection physical = connection.isWrapperFor(org.sqlite.SQLiteConnection.class)
                ? connection.unwrap(org.sqlite.SQLiteConnection.class) : null;
        if (physical != null && patient.add(physical)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 60000");
            }
        }
    }

    private static void createCustomer(Connection c, long account, String email, String externalId)
            throws SQLException {
        transaction(c, w -> {
            long now = System.currentTimeMillis();
            long id = returningLong(w, "INSERT INTO customers (account_id, first_name, last_name, external_id,"
                    + " created_at, updated_at) VALUES (?, 'Vernon', 'Bear', ?, ?, ?) RETURNING id",
                    account, externalId, now, now);
            update(w, "INSERT INTO customer_entries (account_id, customer_id, kind, value, value_lower, value_domain,"
                    + " type) VALUES (?, ?, 'email', ?, ?, 'bench.test', 'work')", account, id, email + "@bench.test",
                    (email + "@bench.test").toLowerCase(Locale.ROOT));
        });
    }

    /** The reads `JdbcCustomerStore.findAll` makes for one customer. */
    private static void readCustomer(Connection c, long account, long id) throws SQLException {
        query(c, "SELECT c.*, a.id AS address_id, a.lines AS address_lines, a.city AS address_city,"
                + " a.state AS address_state, a.postal_code AS address_postal_code, a.country AS address_country,"
                + " a.created_at AS address_created_at, a.updated_at AS address_updated_at FROM customers c"
                + " LEFT JOIN customer_addresses a ON a.customer_id = c.id"
                + " WHERE c.account_id = ? AND c.id IN (?) AND c.deleted_at IS NULL", account, id);
        query(c, "SELECT * FROM customer_entries WHERE customer_id IN (?) ORDER BY id", id);
        query(c, "SELECT v.customer_id, v.value, v.value_kind, d.* FROM customer_property_values v"
                + " JOIN customer_property_defs d ON d.id = v.def_id WHERE v.customer_id IN (?) ORDER BY v.def_id", id);
        query(c, "SELECT ct.customer_id AS owner_id, t.* FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                + " WHERE ct.customer_id IN (?) ORDER BY t.name, t.id", id);
    }

    /** An exact email search: the page of ids, the count when the page is full, and the page's customers. */
    private static void searchByEmail(Connection c, long account, String email) throws SQLException {
        String where = " FROM customers c WHERE c.account_id = ? AND c.id IN (SELECT e.customer_id FROM customer_entries"
                + " e WHERE e.account_id = ? AND e.kind = 'email' AND e.value_lower = ?)";
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = bind(c, "SELECT c.id" + where + " ORDER BY c.created_at DESC, c.id DESC LIMIT 50",
                account, account, email).executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.size() == 50) {
            query(c, "SELECT COUNT(*)" + where, account, account, email);
        }
        for (long id : ids) {
            readCustomer(c, account, id);
        }
    }

    private static void createConversation(Connection c, long account, long mailbox, long customer)
            throws SQLException {
        transaction(c, w -> {
            long now = System.currentTimeMillis();
            long number = returningLong(w, "INSERT INTO conversation_counters (account_id, last_number)"
                    + " VALUES (?, 1) ON CONFLICT (account_id) DO UPDATE SET last_number ="
                    + " conversation_counters.last_number + 1 RETURNING last_number", account);
            long id = returningLong(w, "INSERT INTO conversations (account_id, number, mailbox_id, customer_id,"
                    + " subject, status, thread_count, preview, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 'Help with order', 'active', 3, 'It ships tomorrow', ?, ?) RETURNING id",
                    account, number, mailbox, customer, now, now);
            for (String text : List.of("My order is late", "Checking the warehouse", "It ships tomorrow")) {
                insertThread(w, account, id, customer, text, now);
            }
        });
    }

    private static void addThread(Connection c, long account, long conversation) throws SQLException {
        transaction(c, w -> {
            long now = System.currentTimeMillis();
            insertThread(w, account, conversation, null, "Following up", now);
            update(w, "UPDATE conversations SET thread_count = thread_count + 1, updated_at = ?, user_updated_at = ?"
                    + " WHERE account_id = ? AND id = ?", now, now, account, conversation);
        });
    }

    /** A thread, then its Message-ID, which names the thread's id and so is written once the id is known. */
    private static long insertThread(Connection c, long account, long conversation, Long customer, String text,
                                     long now) throws SQLException {
        long id = returningLong(c, "INSERT INTO threads (account_id, conversation_id, type, state, status, body,"
                + " customer_id, created_by_type, created_at, updated_at)"
                + " VALUES (?, ?, 'reply', 'published', 'active', ?, ?, 'user', ?, ?) RETURNING id",
                account, conversation, text, customer, now, now);
        update(c, "UPDATE threads SET message_id = ? WHERE id = ?",
                "thread-" + id + "." + conversation + "@bench.test", id);
        return id;
    }

    /** Every column of every row, as the server reads them to render its answer. */
    private static void query(Connection c, String sql, Object... params) throws SQLException {
        try (ResultSet rs = bind(c, sql, params).executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static long returningLong(Connection c, String sql, Object... params) throws SQLException {
        try (ResultSet rs = bind(c, sql, params).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        bind(c, sql, params).executeUpdate();
    }

    /** The statement for {@code sql} with {@code params} bound in order; null binds SQL NULL. */
    private static PreparedStatement bind(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = prepared(c, sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }

    /** A transaction's statements, on the connection it writes on. */
    private interface SqlBlock {
        void run(Connection connection) throws SQLException;
    }

    /**
     * SQLite's writers queue here. Measured against SQLite's own busy handler (which sleeps in growing steps and wakes
     * writers in no order) and a fair queue, this barging lock gave the most writes per second to a bare JDBC loop:
     * the thread that just committed takes the lock again while it is running, without a context switch. A ceiling
     * must be the best plain JDBC can do. Uncontended on PostgreSQL, whose writers do not share one lock.
     */
    private static final ReentrantLock WRITERS = new ReentrantLock(false);

    /** Each physical connection's prepared statements, when statements are kept. */
    private static final Map<Connection, Map<String, PreparedStatement>> PREPARED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Boolean> KEEP = ThreadLocal.withInitial(() -> true);
    /** Statements compiled for one use, closed when the unit of work ends. */
    private static final ThreadLocal<List<PreparedStatement>> USED = ThreadLocal.withInitial(ArrayList::new);

    private static PreparedStatement prepared(Connection c, String sql) throws SQLException {
        if (!KEEP.get()) {
            PreparedStatement statement = c.prepareStatement(sql);
            USED.get().add(statement);
            return statement;
        }
        Connection physical = c.unwrap(Connection.class);
        Map<String, PreparedStatement> kept = PREPARED.computeIfAbsent(physical, k -> new ConcurrentHashMap<>());
        PreparedStatement statement = kept.get(sql);
        if (statement == null) {
            statement = physical.prepareStatement(sql);
            kept.put(sql, statement);
        }
        return statement;
    }

    private static void closeUsed() throws SQLException {
        List<PreparedStatement> used = USED.get();
        try {
            for (PreparedStatement statement : used) {
                statement.close();
            }
        } finally {
            used.clear();
        }
    }

    /** The database's one SQLite writer connection, as the server writes on; null on PostgreSQL. */
    private static final ThreadLocal<DataSource> WRITER = new ThreadLocal<>();

    /**
     * On SQLite, queues on {@link #WRITERS} and writes on the database's one writer connection, whose page cache no
     * other connection's write invalidates (as the server does); on PostgreSQL, writes on the worker's connection.
     */
    private static void transaction(Connection c, SqlBlock block) throws SQLException {
        DataSource writer = WRITER.get();
        if (writer == null) {
            commit(c, block);
            return;
        }
        WRITERS.lock();
        try (Connection w = writer.getConnection()) {
            commit(w, block);
        } finally {
            WRITERS.unlock();
        }
    }

    /**
     * On SQLite, the reads of one answer in one read transaction begun and ended by statements, as the server reads
     * them ({@code Database.withSnapshot}); on PostgreSQL, each read on its own, as there.
     */
    private static void snapshot(Connection c, SqlBlock block) throws SQLException {
        if (WRITER.get() == null) {
            block.run(c);
            return;
        }
        update(c, "BEGIN DEFERRED");
        try {
            block.run(c);
            update(c, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            update(c, "ROLLBACK");
            throw e;
        }
    }

    private static void commit(Connection c, SqlBlock block) throws SQLException {
        c.setAutoCommit(false);
        try {
            block.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
