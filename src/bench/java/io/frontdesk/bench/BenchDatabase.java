package io.frontdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A throw-away database for one benchmark run: a fresh SQLite data directory, or a fresh database on the PostgreSQL
 * server named by the admin URL. Removed on close.
 */
final class BenchDatabase implements AutoCloseable {

    enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final Path dataDir;
    private final String adminUrl;
    private final String name;

    private BenchDatabase(Kind kind, Path dataDir, String adminUrl, String name) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.adminUrl = adminUrl;
        this.name = name;
    }

    static BenchDatabase create(Kind kind, String postgresAdminUrl) {
        try {
            Path dir = Files.createTempDirectory("frontdesk-bench-");
            if (kind == Kind.SQLITE) {
                return new BenchDatabase(kind, dir, null, null);
            }
            String name = "frontdesk_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(postgresAdminUrl); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new BenchDatabase(kind, dir, postgresAdminUrl, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a benchmark database at " + postgresAdminUrl, e);
        }
    }

    /**
     * A store an earlier run left behind with `--keep`, to time a newer build on the same data without loading it
     * again; never dropped. A name is a PostgreSQL database; a path is a SQLite data directory (the folder of the
     * `frontdesk.db` the kept run printed).
     */
    static BenchDatabase existing(String postgresAdminUrl, String nameOrDataDir) {
        if (nameOrDataDir.contains("/")) {
            Path dir = Path.of(nameOrDataDir);
            if (Files.isRegularFile(dir)) {
                dir = dir.getParent();
            }
            if (!Files.isRegularFile(dir.resolve("frontdesk.db"))) {
                throw new IllegalArgumentException("no frontdesk.db in " + dir);
            }
            BenchDatabase database = new BenchDatabase(Kind.SQLITE, dir, null, null);
            database.keep = true;
            return database;
        }
        if (!nameOrDataDir.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a database name: " + nameOrDataDir);
        }
        try {
            BenchDatabase database = new BenchDatabase(Kind.POSTGRESQL, Files.createTempDirectory("frontdesk-bench-"),
                    postgresAdminUrl, nameOrDataDir);
            database.keep = true;
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Kind kind() {
        return kind;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The FRONTDESK_DATABASE_URL for the server, or empty for SQLite. */
    String databaseUrl() {
        if (kind == Kind.SQLITE) {
            return "";
        }
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?');
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    /** Set by `--keep`: leave the data behind for inspection (EXPLAIN), printing where it is. */
    boolean keep;

    @Override
    public void close() {
        if (keep) {
            System.err.println("kept: " + (kind == Kind.SQLITE ? dataDir.resolve("frontdesk.db") : databaseUrl()));
            if (kind == Kind.SQLITE) {
                return; // the data directory is the store
            }
            // a kept PostgreSQL store is the database: its server's scratch directory goes (each run left one)
        } else if (kind == Kind.POSTGRESQL) {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop " + name + ": " + e.getMessage());
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dataDir + ": " + e.getMessage());
        }
    }
}
