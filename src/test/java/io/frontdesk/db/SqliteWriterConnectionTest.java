package io.frontdesk.db;

import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SQLite every transaction, from whichever thread, runs on the one writer connection, so no other connection's
 * write throws its page cache away; reads outside a transaction use the pool and see each commit at once.
 */
class SqliteWriterConnectionTest {

    @Test
    void transactions_from_many_threads_share_one_connection_and_readers_see_their_commits(@TempDir Path dataDir)
            throws Exception {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", dataDir.toString()), Map.of()));
        try (Database db = Database.open(DatabaseSettings.from(config))) {
            db.withHandle(h -> h.execute("CREATE TABLE notes (n INTEGER NOT NULL)"));
            Set<SQLiteConnection> writers = ConcurrentHashMap.newKeySet();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = thread * 100 + i;
                        db.run(() -> db.withHandle(h -> {
                            writers.add(physical(h.getConnection()));
                            return h.execute("INSERT INTO notes (n) VALUES (?)", n);
                        }));
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join(30_000);
            }

            assertThat(writers).hasSize(1);
            SQLiteConnection reader = db.withHandle(h -> physical(h.getConnection()));
            assertThat(reader).isNotSameAs(writers.iterator().next());
            int count = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notes").mapTo(Integer.class).one());
            assertThat(count).isEqualTo(100);
            db.run(() -> db.withHandle(h -> h.execute("INSERT INTO notes (n) VALUES (1000)")));
            int max = db.withHandle(h -> h.createQuery("SELECT MAX(n) FROM notes").mapTo(Integer.class).one());
            assertThat(max).isEqualTo(1000);
            assertThat(db.writerDataSource()).isPresent();
        }
    }

    private static SQLiteConnection physical(Connection connection) {
        try {
            return connection.unwrap(SQLiteConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
