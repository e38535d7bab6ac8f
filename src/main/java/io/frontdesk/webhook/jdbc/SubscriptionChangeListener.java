package io.frontdesk.webhook.jdbc;

import io.frontdesk.db.Database;
import io.frontdesk.webhook.SubscriptionChanges;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL's {@link SubscriptionChanges}: triggers (migration V25) notify channel {@value #CHANNEL} when a
 * statement changes subscriptions, whoever ran it; this listener holds a connection of its own on the channel and
 * counts the notices. While it does not listen (not started, or its connection failed) the version is
 * {@link #UNKNOWN} and the fan-out reads every time; on listening again the version moves, for what it missed.
 *
 * <p>A notice arrives a few milliseconds after the commit: a change made on another node in those milliseconds
 * can still miss a subscription created there (docs/webhooks.md). This node's own changes move the version at their
 * commit ({@link #changed}). A connection cut off without a word is found by a query every {@link #HEARTBEAT}.
 */
public final class SubscriptionChangeListener implements SubscriptionChanges {

    static final String CHANNEL = "frontdesk_webhooks";
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionChangeListener.class);
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final int SOCKET_TIMEOUT_SECONDS = 10;

    private final Database database;
    private final AtomicLong count = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean listening;
    private volatile boolean stopped;
    private volatile Connection connection;

    public SubscriptionChangeListener(Database database) {
        this.database = database;
        this.thread = new Thread(this::run, "webhook-subscription-changes");
        this.thread.setDaemon(true);
    }

    @Override
    public long version() {
        return listening ? count.get() : UNKNOWN;
    }

    @Override
    public void changed() {
        count.incrementAndGet();
    }

    @Override
    public void start() {
        if (started.compareAndSet(false, true)) {
            thread.start();
        }
    }

    private void run() {
        boolean failing = false;
        while (!stopped) {
            try (Connection listened = listen()) {
                connection = listened;
                count.incrementAndGet();
                listening = true;
                if (failing) {
                    LOG.info("Hearing webhook subscription changes again; subscriptions are cached");
                    failing = false;
                }
                receive(listened);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (stopped) {
                    return;
                }
                if (!failing) {
                    LOG.warn("Cannot hear webhook subscription changes ({}); every change reads its account's "
                            + "subscriptions until they are heard again", e.getMessage());
                    failing = true;
                }
                pause();
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private Connection listen() throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        settings.setProperty("ApplicationName", "frontdesk webhook subscription changes");
        Connection listened = database.openUnpooled(settings);
        try (Statement statement = listened.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            listened.close();
            throw e;
        }
        return listened;
    }

    private void receive(Connection listened) throws SQLException {
        PGConnection pg = listened.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (!stopped) {
            PGNotification[] notices = pg.getNotifications((int) HEARTBEAT.toMillis());
            if (notices != null && notices.length > 0) {
                count.incrementAndGet();
                lastHeard = System.nanoTime();
            } else if (System.nanoTime() - lastHeard >= HEARTBEAT.toNanos()) {
                try (Statement statement = listened.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        listening = false;
        Connection listened = connection;
        if (listened != null) {
            try {
                listened.close();
            } catch (SQLException e) {
                LOG.debug("Closing the webhook subscription listener's connection", e);
            }
        }
        if (!started.get()) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
