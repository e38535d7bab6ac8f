package io.frontdesk.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The pre-migrated template store (docs/sandbox.md, "Template store"): an empty SQLite store the build migrated
 * ({@code db/template/sqlite.db} in the jar, made by {@code VACUUM INTO}) with a manifest of the migrations it holds
 * ({@code db/template/sqlite.manifest}). A new sandbox store is a copy of it instead of ~40 migrations run through
 * Flyway, whose start-up and classpath scan alone cost a few hundred milliseconds of a sandbox's start.
 *
 * <p>The copy is used only when it provably holds this jar's schema: every migration script the manifest names must
 * have the bytes it had when the template was migrated (a CRC-32 each, read from the jar, no classpath scan), and the
 * copy's {@code flyway_schema_history} must be the manifest's versions, scripts and checksums. Otherwise the copy is
 * removed and the store is migrated as before. Flyway, run later on a store made this way (a kept data directory, the
 * `migrate` command), finds its history complete and its checksums right.
 */
public final class SqliteTemplate {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTemplate.class);

    static final String TEMPLATE = "db/template/sqlite.db";
    static final String MANIFEST = "db/template/sqlite.manifest";

    /** One applied migration: as Flyway recorded it, and the CRC-32 of its script's bytes in the jar. */
    record Entry(String version, String script, int checksum, String resource, long crc) {

        static Entry parse(String line) {
            String[] fields = line.split("\t");
            if (fields.length != 5) {
                throw new IllegalArgumentException("malformed template manifest line: " + line);
            }
            return new Entry(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3],
                    Long.parseLong(fields[4], 16));
        }

        String line() {
            return version + "\t" + script + "\t" + checksum + "\t" + resource + "\t" + Long.toHexString(crc);
        }

        /** What the store's history must say for this migration. */
        String history() {
            return version + "\t" + script + "\t" + checksum;
        }
    }

    private SqliteTemplate() {
    }

    /**
     * Makes the store of {@code settings} a copy of the template when its file does not exist yet and the template
     * matches this build's migrations; true when it did, and the store needs no migration.
     */
    public static boolean install(DatabaseSettings settings) {
        return install(settings, SqliteTemplate.class.getClassLoader());
    }

    static boolean install(DatabaseSettings settings, ClassLoader resources) {
        if (settings.vendor() != DbVendor.SQLITE) {
            return false;
        }
        Path file = file(settings);
        if (Files.exists(file)) {
            return false;
        }
        Optional<List<Entry>> manifest = manifest(resources);
        if (manifest.isEmpty()) {
            return false;
        }
        Optional<String> changed = changedScript(manifest.get(), resources);
        if (changed.isPresent()) {
            LOG.info("the template store does not hold this build's migrations ({} changed since); migrating",
                    changed.get());
            return false;
        }
        DataDirs.prepare(file.toAbsolutePath().getParent());
        try (InputStream template = resources.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                return false;
            }
            Files.copy(template, file);
        } catch (IOException e) {
            LOG.info("the template store could not be copied ({}); migrating", e.getMessage());
            delete(file);
            return false;
        }
        try {
            List<String> history = history(settings.jdbcUrl());
            List<String> expected = manifest.get().stream().map(Entry::history).toList();
            if (history.equals(expected)) {
                return true;
            }
            LOG.info("the template store's schema history is not its manifest's; migrating");
        } catch (SQLException e) {
            LOG.info("the template store could not be read ({}); migrating", e.getMessage());
        }
        delete(file);
        return false;
    }

    /** The manifest's entries; empty when this build carries no template (a build that skipped making it). */
    static Optional<List<Entry>> manifest(ClassLoader resources) {
        try (InputStream in = resources.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                return Optional.empty();
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(Entry.parse(line));
                }
            }
            return Optional.of(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MANIFEST, e);
        }
    }

    /** The first script whose bytes are not those the template was migrated with, if any. */
    private static Optional<String> changedScript(List<Entry> manifest, ClassLoader resources) {
        for (Entry entry : manifest) {
            try (InputStream in = resources.getResourceAsStream(entry.resource())) {
                if (in == null || crc(in.readAllBytes()) != entry.crc()) {
                    return Optional.of(entry.script());
                }
            } catch (IOException e) {
                return Optional.of(entry.script());
            }
        }
        return Optional.empty();
    }

    /** The successful migrations a store's history records, in order, as {@link Entry#history} spells them. */
    static List<String> history(String jdbcUrl) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version, script, checksum FROM flyway_schema_history"
                     + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank")) {
            while (result.next()) {
                rows.add(result.getString(1) + "\t" + result.getString(2) + "\t" + result.getInt(3));
            }
        }
        return rows;
    }

    /**
     * Build time: migrates an empty store with Flyway, as any new store is, and writes its compacted copy and the
     * manifest into {@code outputDir} (the build's classes folder, so that the jar carries both).
     */
    public static void build(Path outputDir, Path workDir) throws IOException, SQLException {
        Path templateDir = outputDir.resolve(TEMPLATE).getParent();
        Files.createDirectories(templateDir);
        Path template = outputDir.resolve(TEMPLATE);
        Files.deleteIfExists(template);
        DatabaseSettings settings = new DatabaseSettings(DbVendor.SQLITE,
                "jdbc:sqlite:" + workDir.resolve("frontdesk.db").toAbsolutePath(), Optional.empty(), Optional.empty(),
                2);
        List<Entry> entries = new ArrayList<>();
        try (Database database = Database.open(settings)) {
            Migrations.apply(database);
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                // VACUUM INTO writes a compacted, self-contained copy: no WAL beside it, nothing of the build's run
                statement.execute("VACUUM INTO '" + template.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            ClassLoader resources = SqliteTemplate.class.getClassLoader();
            for (String row : history(settings.jdbcUrl())) {
                String[] fields = row.split("\t");
                String resource = resource(fields[1], resources);
                byte[] bytes;
                try (InputStream in = resources.getResourceAsStream(resource)) {
                    bytes = in.readAllBytes();
                }
                entries.add(new Entry(fields[0], fields[1], Integer.parseInt(fields[2]), resource, crc(bytes)));
            }
        }
        StringBuilder text = new StringBuilder("# The migrations db/template/sqlite.db holds: version, script, Flyway's"
                + " checksum, resource, CRC-32 of its bytes (SqliteTemplate)\n");
        entries.forEach(entry -> text.append(entry.line()).append('\n'));
        Files.writeString(outputDir.resolve(MANIFEST), text.toString());
    }

    /** Where Flyway found a script: the shared folder or SQLite's own. */
    private static String resource(String script, ClassLoader resources) {
        for (String location : DbVendor.SQLITE.migrationLocations()) {
            String resource = location.substring("classpath:".length()) + "/" + script;
            if (resources.getResource(resource) != null) {
                return resource;
            }
        }
        throw new IllegalStateException("migration script " + script + " is in no migration folder");
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static Path file(DatabaseSettings settings) {
        return Path.of(settings.jdbcUrl().substring("jdbc:sqlite:".length()));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the rejected template copy " + file, e);
        }
    }
}
