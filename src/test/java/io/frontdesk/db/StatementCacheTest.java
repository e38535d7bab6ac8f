package io.frontdesk.db;

import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQLite's compiled statements kept per connection: reused, reset, bounded, and invisible to what they compute. */
class StatementCacheTest {

    @TempDir
    Path dataDir;

    private Database db;

    @BeforeEach
    void open() {
        // one connection, so every call below meets the statements the one before it left
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", dataDir.toString(), "FRONTDESK_DATABASE_POOL_SIZE", "1"), Map.of()));
        db = Database.open(DatabaseSettings.from(config));
        db.withHandle(h -> h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
        for (int i = 1; i <= 5; i++) {
            int id = i;
            db.withHandle(h -> h.createUpdate("INSERT INTO t (id, v) VALUES (:id, :v)").bind("id", id)
                    .bind("v", "v" + id).execute());
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_statement_is_compiled_once_per_connection_and_rebound_each_use() {
        String sql = "SELECT v FROM t WHERE id = :id";
        for (int i = 1; i <= 5; i++) {
            int id = i;
            String v = db.withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(String.class).one());
            assertThat(v).isEqualTo("v" + id);
        }
        int kept = kept();
        String again = db.withHandle(h -> h.createQuery(sql).bind("id", 3).mapTo(String.class).one());
        assertThat(again).isEqualTo("v3");
        assertThat(kept()).isEqualTo(kept);
        List<String> plain = new ArrayList<>();
        db.withStatements(s -> {
            s.forEach("SELECT v FROM t WHERE id > ? ORDER BY id", List.of(3), (rs, ctx) -> rs.getString(1), plain::add);
            s.forEach("SELECT v FROM t WHERE id > ? ORDER BY id", List.of(4), (rs, ctx) -> rs.getString(1), plain::add);
            return null;
        });
        assertThat(plain).containsExactly("v4", "v5", "v5");
    }

    @Test
    void a_kept_statement_holds_no_read_open_so_the_log_can_be_checkpointed() throws Exception {
        // read one row of five and stop: the statement goes back to the cache mid-result
        String first = db.withHandle(h -> h.createQuery("SELECT v FROM t ORDER BY id").mapTo(String.class).first());
        assertThat(first).isEqualTo("v1");
        // another process's connection: a read left open on the pooled one would keep its snapshot, and the log
        // could not be copied back and truncated
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("frontdesk.db"));
             Statement statement = other.createStatement()) {
            statement.executeUpdate("UPDATE t SET v = 'changed' WHERE id = 5");
            try (ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("checkpoint blocked").isZero();
            }
        }
        List<String> all = db.withHandle(h -> h.createQuery("SELECT v FROM t ORDER BY id").mapTo(String.class).list());
        assertThat(all).containsExactly("v1", "v2", "v3", "v4", "changed");
    }

    @Test
    void the_same_statement_nested_in_its_own_use_gets_a_fresh_one() {
        String sql = "SELECT id FROM t WHERE id >= :from ORDER BY id";
        List<Integer> pairs = db.withHandle(h -> {
            List<Integer> sums = new ArrayList<>();
            try (var outer = h.createQuery(sql).bind("from", 4).mapTo(Integer.class).stream()) {
                outer.forEach(a -> sums.add(a * 10 + h.createQuery(sql).bind("from", a).mapTo(Integer.class)
                        .list().size()));
            }
            return sums;
        });
        assertThat(pairs).containsExactly(42, 51);
    }

    @Test
    void writes_through_kept_statements_roll_back_with_their_transaction() {
        String sql = "UPDATE t SET v = :v WHERE id = 1";
        db.withHandle(h -> h.createUpdate(sql).bind("v", "kept").execute());
        assertThatThrownBy(() -> db.inTransaction(() -> {
            db.withHandle(h -> h.createUpdate(sql).bind("v", "rolled back").execute());
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        String v = db.withHandle(h -> h.createQuery("SELECT v FROM t WHERE id = 1").mapTo(String.class).one());
        assertThat(v).isEqualTo("kept");
    }

    @Test
    void a_connection_keeps_a_bounded_number_of_statements() {
        for (int i = 0; i < StatementCache.PER_CONNECTION + 50; i++) {
            int n = i;
            db.withHandle(h -> h.createQuery("SELECT " + n + " + id FROM t WHERE id = 1").mapTo(Integer.class).one());
        }
        assertThat(kept()).isEqualTo(StatementCache.PER_CONNECTION);
    }

    /** Statements the one connection keeps. */
    private int kept() {
        return db.withHandle(h -> db.statementCache().size(h.getConnection()));
    }
}
