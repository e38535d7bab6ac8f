package io.frontdesk.testing;

import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseSettings;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Migrations;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL databases with the current schema for fixtures: copies ({@code CREATE DATABASE … TEMPLATE}) of one
 * database migrated once per test JVM, by the same code the application migrates with ({@link Database#open},
 * {@link Migrations#apply}). The application's start then finds every migration applied (Flyway still validates their
 * checksums) instead of running them all.
 * <p>
 * On a loaded machine a CREATE DATABASE takes a second or more and a DROP DATABASE (which waits for a checkpoint)
 * more still, time the tests need not wait for: the next copy is made while the current test runs, and databases are
 * dropped behind it, each on a thread of its own. A shutdown hook drops what is left, the template last.
 */
final class PostgresCopies {

    private static final ExecutorService CREATING = Executors.newSingleThreadExecutor(
            daemon("frontdesk-test-database-create"));
    private static final ExecutorService DROPPING = Executors.newSingleThreadExecutor(
            daemon("frontdesk-test-database-drop"));

    private static String template;
    private static Future<String> next;

    private PostgresCopies() {
    }

    /** A copy of the migrated template, made ahead when it could be; the caller drops it. */
    static synchronized String take() {
        if (template == null) {
            template = migratedTemplate();
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresCopies::dropAll, "frontdesk-test-databases"));
        }
        Future<String> ready = next;
        next = CREATING.submit(PostgresCopies::copy);
        if (ready != null) {
            try {
                return ready.get();
            } catch (ExecutionException e) {
                // made ahead but failed: try again here, where a failure belongs to the test that asked
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return copy();
    }

    /** Drops the database on the background thread: nothing uses it any more, and nobody waits for it. */
    static void dropLater(String jdbcUrl) {
        try {
            DROPPING.execute(() -> PostgresLane.dropDatabase(jdbcUrl));
        } catch (RuntimeException e) {
            // already shutting down: drop it here
            PostgresLane.dropDatabase(jdbcUrl);
        }
    }

    private static String copy() {
        return PostgresLane.createFrom(template);
    }

    private static String migratedTemplate() {
        String url = PostgresLane.createDatabase();
        try {
            Database database = Database.open(new DatabaseSettings(DbVendor.POSTGRESQL, url, Optional.empty(),
                    Optional.empty(), 2));
            try {
                Migrations.apply(database);
            } finally {
                database.close();
            }
        } catch (RuntimeException | Error e) {
            PostgresLane.dropDatabase(url);
            throw e;
        }
        return PostgresLane.databaseName(url);
    }

    /** The copy made ahead, the drops queued, then the template (which a copy in the making still reads). */
    private static void dropAll() {
        Future<String> ahead;
        String made;
        synchronized (PostgresCopies.class) {
            ahead = next;
            made = template;
        }
        CREATING.shutdown();
        if (ahead != null) {
            try {
                PostgresLane.dropDatabase(ahead.get(30, TimeUnit.SECONDS));
            } catch (Exception e) {
                System.err.println("PostgreSQL lane: the database made ahead was not dropped: " + e);
            }
        }
        DROPPING.shutdown();
        try {
            if (!DROPPING.awaitTermination(60, TimeUnit.SECONDS)) {
                System.err.println("PostgreSQL lane: databases still being dropped at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PostgresLane.dropDatabase(PostgresLane.withDatabase(PostgresLane.adminUrl(), made));
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
