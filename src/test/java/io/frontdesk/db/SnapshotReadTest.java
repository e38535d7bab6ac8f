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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQLite reads of several statements on one snapshot: consistent while they run, and nothing left open after. */
class SnapshotReadTest {

    @TempDir
    Path dataDir;

    private Database db;

    @BeforeEach
    void open() {
        // one pooled connection, so each call meets whatever the one before it left on the connection
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", dataDir.toString(), "FRONTDESK_DATABASE_POOL_SIZE", "1"), Map.of()));
        db = Database.open(DatabaseSettings.from(config));
        db.withHandle(h -> h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
        db.withHandle(h -> h.execute("INSERT INTO t (v) VALUES ('first')"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_statements_of_one_read_see_one_snapshot_and_the_next_read_sees_what_was_written_meanwhile() {
        List<Long> counts = db.withSnapshot(s -> {
            long before = count(s);
            writeOnAnotherConnection("INSERT INTO t (v) VALUES ('meanwhile')");
            return List.of(before, count(s));
        });
        assertThat(counts).containsExactly(1L, 1L);
        assertThat(db.withStatements(SnapshotReadTest::count)).isEqualTo(2);
    }

    @Test
    void plain_statements_nested_in_a_handle_read_join_its_snapshot() {
        List<Long> counts = db.withSnapshotHandle(h -> {
            long before = h.createQuery("SELECT COUNT(*) FROM t").mapTo(Long.class).one();
            writeOnAnotherConnection("INSERT INTO t (v) VALUES ('meanwhile')");
            return List.of(before, db.withSnapshot(SnapshotReadTest::count));
        });
        assertThat(counts).containsExactly(1L, 1L);
        Long after = db.withSnapshotHandle(h -> h.createQuery("SELECT COUNT(*) FROM t").mapTo(Long.class).one());
        assertThat(after).isEqualTo(2);
    }

    @Test
    void a_read_inside_a_transaction_joins_the_transaction() {
        long seen = db.inTransaction(() -> {
            db.withHandle(h -> h.execute("INSERT INTO t (v) VALUES ('uncommitted')"));
            return db.withSnapshot(SnapshotReadTest::count);
        });
        assertThat(seen).isEqualTo(2);
    }

    @Test
    void a_read_that_fails_ends_its_transaction_so_the_connection_reads_afresh_and_the_log_can_be_checkpointed()
            throws SQLException {
        assertThatThrownBy(() -> db.withSnapshot(s -> {
            count(s);
            s.forEach("SELECT no_such_column FROM t", List.of(), (rs, ctx) -> rs.getString(1), v -> { });
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> db.withSnapshotHandle(h -> {
            h.createQuery("SELECT COUNT(*) FROM t").mapTo(Long.class).one();
            throw new IllegalStateException("the caller's own failure");
        })).hasMessage("the caller's own failure");

        writeOnAnotherConnection("INSERT INTO t (v) VALUES ('after')");
        assertThat(checkpointBusy()).as("a snapshot still held would keep the log from being checkpointed").isZero();
        assertThat(db.withSnapshot(SnapshotReadTest::count)).isEqualTo(2);
    }

    @Test
    void a_read_whose_rollback_fails_reports_its_own_failure_and_leaves_the_pool_reading_afresh()
            throws SQLException {
        // the read ends the transaction itself and then fails, so the ROLLBACK that follows fails too
        assertThatThrownBy(() -> db.withSnapshot(s -> {
            count(s);
            s.update("COMMIT", List.of());
            throw new IllegalStateException("failed after ending the transaction");
        })).hasMessage("failed after ending the transaction");

        writeOnAnotherConnection("INSERT INTO t (v) VALUES ('after')");
        assertThat(db.withSnapshot(SnapshotReadTest::count)).isEqualTo(2);
        assertThat(checkpointBusy()).isZero();
    }

    private static long count(Statements s) {
        return s.first("SELECT COUNT(*) FROM t", List.of(), (rs, ctx) -> rs.getLong(1)).orElseThrow();
    }

    private void writeOnAnotherConnection(String sql) {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("frontdesk.db"));
             Statement statement = other.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The busy flag of a full checkpoint from another connection: 1 while a reader holds an older snapshot. */
    private int checkpointBusy() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("frontdesk.db"));
             Statement statement = other.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
