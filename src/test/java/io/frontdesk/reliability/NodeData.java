package io.frontdesk.reliability;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.ChildServer;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.MigratedSqlite;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data that child-process nodes share for one test: a temporary data directory and, on PostgreSQL, a fresh
 * database. The test reads the database directly through {@link #jdbi()} to check what no API shows (half-written
 * rows, counters); on SQLite that is a second connection to the node's WAL database, which readers may open at will.
 */
final class NodeData implements AutoCloseable {

    private final Backend backend;
    private final Path dataDir;
    private final String databaseUrl;
    private Jdbi jdbi;

    private NodeData(Backend backend, Path dataDir, String databaseUrl) {
        this.backend = backend;
        this.dataDir = dataDir;
        this.databaseUrl = databaseUrl;
    }

    static NodeData create(Backend backend) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("frontdesk-reliability-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A database with the current schema, copied from one migrated once per run: nodes start on it at once.
        String url = backend == Backend.POSTGRESQL ? PostgresLane.createMigratedDatabase() : null;
        if (url == null) {
            MigratedSqlite.copyInto(dataDir);
        }
        return new NodeData(backend, dataDir, url);
    }

    Backend backend() {
        return backend;
    }

    /** Options for a node named {@code name} (its log files) on this data. */
    ChildServer.Options node(String name) {
        String label = name + "-" + backend.name().toLowerCase(Locale.ROOT);
        return ChildServer.options(label, dataDir).withDatabaseUrl(databaseUrl);
    }

    /** Direct access to the nodes' database, for invariants no API shows. */
    synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(databaseUrl != null ? databaseUrl
                    : "jdbc:sqlite:" + dataDir.resolve("frontdesk.db").toAbsolutePath());
        }
        return jdbi;
    }

    @Override
    public void close() {
        if (databaseUrl != null) {
            PostgresLane.dropDatabaseLater(databaseUrl);
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}
