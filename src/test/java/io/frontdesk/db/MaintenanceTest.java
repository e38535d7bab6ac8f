package io.frontdesk.db;

import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.testing.PostgresLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The background upkeep, one round at a time. */
class MaintenanceTest {

    /**
     * A reader that stays in flight while others write keeps SQLite's auto-checkpoint from starting the log over, so
     * the log only grows; a round of upkeep empties it once no reader needs it.
     */
    @Test
    void sqlite_write_ahead_log_grown_under_a_long_reader_is_emptied(@TempDir Path dataDir) throws Exception {
        try (Database db = open(Map.of("FRONTDESK_DATA_DIR", dataDir.toString()))) {
            db.withHandle(h -> h.execute("CREATE TABLE filler (n INTEGER PRIMARY KEY, pad BLOB NOT NULL)"));
            db.withHandle(h -> h.execute("INSERT INTO filler (pad) VALUES (zeroblob(10))"));
            Path wal = dataDir.resolve("frontdesk.db-wal");
            try (Connection reader = db.dataSource().getConnection();
                 Statement statement = reader.createStatement();
                 ResultSet inFlight = statement.executeQuery("SELECT n FROM filler")) {
                assertThat(inFlight.next()).isTrue();
                for (int i = 0; i < 80; i++) {
                    // 80 transactions of 80 kB: 6.4 MB, past the limit of about 4 MB.
                    db.run(() -> db.withHandle(h -> h.execute(
                            "INSERT INTO filler (pad) SELECT zeroblob(1024) FROM filler LIMIT 80")));
                }
            }
            assertThat(Files.size(wal)).as("the log grew while the reader held it").isGreaterThan(5_000_000);

            assertThat(db.maintenance().checkpoint()).isTrue();

            assertThat(Files.size(wal)).isZero();
            assertThat(db.maintenance().checkpoint()).as("nothing to do the next round").isFalse();
        }
    }

    /**
     * Without statistics the planner takes a fresh tenant's tables for empty; upkeep analyzes what changed a lot,
     * and nothing when nothing did.
     */
    @Test
    void postgresql_tables_that_changed_a_lot_are_analyzed() throws Exception {
        String url = PostgresLane.createDatabase();
        try (Database db = open(Map.of("FRONTDESK_DATABASE_URL", url))) {
            db.withHandle(h -> h.execute("CREATE TABLE grown (n BIGINT)"));
            db.withHandle(h -> h.execute("CREATE TABLE quiet (n BIGINT)"));
            db.withHandle(h -> h.execute("INSERT INTO grown SELECT generate_series(1, 5000)"));
            awaitCounted(db);

            assertThat(db.maintenance().analyzePostgres()).contains("public.grown").doesNotContain("public.quiet");

            double estimated = db.withHandle(h -> h.createQuery(
                    "SELECT reltuples FROM pg_class WHERE relname = 'grown'").mapTo(Double.class).one());
            assertThat(estimated).isEqualTo(5000.0);
            assertThat(db.maintenance().analyzePostgres()).doesNotContain("public.grown");
        } finally {
            PostgresLane.dropDatabaseLater(url);
        }
    }

    /** The statistics collector publishes a backend's counts shortly after its transaction. */
    private static void awaitCounted(Database db) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long changed = db.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(n_mod_since_analyze), 0) FROM"
                    + " pg_stat_user_tables WHERE relname = 'grown'").mapTo(Long.class).one());
            if (changed >= 5000) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pg_stat_user_tables never counted the inserts");
    }

    private static Database open(Map<String, String> env) {
        return Database.open(DatabaseSettings.from(FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of()))));
    }
}
