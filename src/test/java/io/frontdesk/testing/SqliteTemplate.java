package io.frontdesk.testing;

import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseSettings;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A SQLite database migrated once per test JVM, copied into a fixture's data directory before its application opens
 * it: the start then finds every migration applied (Flyway still validates their checksums) instead of running them
 * all. The copy is what migrating gives, made by the same code ({@link Database#open}, {@link Migrations#apply}) on
 * the same file name; a test about migrating itself starts from a data directory of its own instead.
 */
public final class SqliteTemplate {

    private static final String FILE = "frontdesk.db";

    private static Path template;

    private SqliteTemplate() {
    }

    /** Puts a migrated database where an application on {@code dataDir} will look for it. */
    public static void copyInto(Path dataDir) {
        try {
            Files.copy(template(), dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("frontdesk-template-");
            Path file = dir.resolve(FILE);
            Database database = Database.open(new DatabaseSettings(DbVendor.SQLITE,
                    "jdbc:sqlite:" + file.toAbsolutePath(), Optional.empty(), Optional.empty(), 2));
            try {
                Migrations.apply(database);
            } finally {
                database.close();
            }
            // The last connection's close checkpoints the write-ahead log into the file and removes it; a log left
            // behind would hold part of the schema, which copying the file alone would lose.
            Path wal = dir.resolve(FILE + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new IllegalStateException("the SQLite template's write-ahead log was not checkpointed: " + wal);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            template = file;
        }
        return template;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
