package io.frontdesk.db;

import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SQLite this process's transactions take the write lock in the order they asked for it. Through SQLite's busy
 * handler alone, waiters wake on their own sleep schedules and a later arrival usually overtakes an earlier one.
 */
class SqliteWriterQueueTest {

    private static final int WRITERS = 6;
    /** Far apart enough that each writer is queued before the next one starts. */
    private static final long STAGGER_MILLIS = 40;
    /** Longer than all the staggering, so every writer waits behind the first. */
    private static final long HOLD_MILLIS = 300;

    @Test
    void concurrent_transactions_commit_in_the_order_they_arrived(@TempDir Path dataDir) throws Exception {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", dataDir.toString()), Map.of()));
        try (Database db = Database.open(DatabaseSettings.from(config))) {
            db.withHandle(h -> h.execute("CREATE TABLE arrivals (writer INTEGER NOT NULL)"));
            List<Thread> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writer = i;
                Thread thread = new Thread(() -> db.run(() -> {
                    db.withHandle(h -> h.execute("INSERT INTO arrivals (writer) VALUES (?)", writer));
                    sleep(writer == 0 ? HOLD_MILLIS : 5);
                }), "writer-" + i);
                writers.add(thread);
                thread.start();
                sleep(STAGGER_MILLIS);
            }
            for (Thread thread : writers) {
                thread.join(30_000);
            }

            List<Integer> order = db.withHandle(h -> h.createQuery("SELECT writer FROM arrivals ORDER BY rowid")
                    .mapTo(Integer.class).list());
            assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
