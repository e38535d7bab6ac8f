package io.frontdesk.db;

import io.frontdesk.testing.ResultRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's template store (SqliteTemplate): a copy holds exactly what migrating an empty store makes (schema,
 * rows the migrations insert, Flyway's history), Flyway accepts it later, and a template that does not match the
 * jar's migrations is not used.
 */
class SqliteTemplateTest {

    @TempDir
    static Path work;

    /** What a store migrated by Flyway holds, made once for the class. */
    private static Map<String, List<String>> migrated;

    @BeforeAll
    static void migrateOne() throws SQLException {
        DatabaseSettings settings = settings(work.resolve("migrated"));
        try (Database database = Database.open(settings)) {
            Migrations.apply(database);
        }
        migrated = contents(settings);
    }

    @Test
    void a_store_copied_from_the_template_holds_what_migrating_makes_and_flyway_finds_nothing_to_do()
            throws SQLException {
        DatabaseSettings settings = settings(work.resolve("copied"));

        assertThat(SqliteTemplate.install(settings)).as("the build made the template (process-classes)").isTrue();

        Map<String, List<String>> copied = contents(settings);
        assertThat(copied.keySet()).containsAll(List.of("schema", "flyway_schema_history", "accounts"));
        assertThat(copied).isEqualTo(migrated);
        try (Database database = Database.open(settings)) {
            // validates every checksum against the scripts, and would run any migration the copy lacked
            Migrations.apply(database);
        }
        assertThat(contents(settings)).isEqualTo(migrated);
    }

    @Test
    void a_store_that_exists_is_left_alone() throws IOException {
        DatabaseSettings settings = settings(work.resolve("existing"));
        Files.createDirectories(SqliteTemplate.file(settings).getParent());
        Files.writeString(SqliteTemplate.file(settings), "");

        assertThat(SqliteTemplate.install(settings)).isFalse();
        assertThat(SqliteTemplate.file(settings)).isEmptyFile();
    }

    @Test
    void a_template_whose_history_is_not_its_manifest_is_removed_and_the_store_migrated() throws Exception {
        // the template as a build with one more migration, or an older one, would have left it beside this manifest
        Path tampered = work.resolve("tampered.db");
        try (InputStream template = resources().getResourceAsStream(SqliteTemplate.TEMPLATE)) {
            Files.copy(template, tampered);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + tampered);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1"
                    + " WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)");
        }
        DatabaseSettings settings = settings(work.resolve("mismatched-history"));

        assertThat(SqliteTemplate.install(settings, replacing(SqliteTemplate.TEMPLATE, Files.readAllBytes(tampered))))
                .isFalse();

        assertThat(SqliteTemplate.file(settings)).doesNotExist();
        assertMigratesAsUsual(settings);
    }

    @Test
    void a_template_made_from_other_migration_scripts_is_not_copied() throws Exception {
        List<SqliteTemplate.Entry> entries = SqliteTemplate.manifest(resources()).orElseThrow();
        SqliteTemplate.Entry last = entries.get(entries.size() - 1);
        StringBuilder manifest = new StringBuilder();
        for (SqliteTemplate.Entry entry : entries) {
            // the last script as it was when the template was made, before someone edited it
            SqliteTemplate.Entry written = entry == last ? new SqliteTemplate.Entry(entry.version(), entry.script(),
                    entry.checksum(), entry.resource(), entry.crc() ^ 1) : entry;
            manifest.append(written.line()).append('\n');
        }
        DatabaseSettings settings = settings(work.resolve("mismatched-scripts"));

        assertThat(SqliteTemplate.install(settings, replacing(SqliteTemplate.MANIFEST,
                manifest.toString().getBytes(StandardCharsets.UTF_8)))).isFalse();

        assertThat(SqliteTemplate.file(settings)).doesNotExist();
        assertMigratesAsUsual(settings);
    }

    @Test
    void the_manifest_names_every_migration_of_the_jar_with_flyways_checksums() throws SQLException {
        List<String> manifest = SqliteTemplate.manifest(resources()).orElseThrow().stream()
                .map(SqliteTemplate.Entry::history).toList();

        assertThat(manifest).isEqualTo(SqliteTemplate.history(settings(work.resolve("migrated")).jdbcUrl()));
    }

    @Test
    void postgresql_never_uses_it() {
        DatabaseSettings postgres = new DatabaseSettings(DbVendor.POSTGRESQL, "jdbc:postgresql://127.0.0.1:1/x",
                Optional.empty(), Optional.empty(), 2);

        assertThat(SqliteTemplate.install(postgres)).isFalse();
    }

    /** What {@code Application.open} does once the template is refused. */
    private static void assertMigratesAsUsual(DatabaseSettings settings) throws SQLException {
        try (Database database = Database.open(settings)) {
            Migrations.apply(database);
        }
        assertThat(contents(settings)).isEqualTo(migrated);
    }

    private static DatabaseSettings settings(Path dataDir) {
        return new DatabaseSettings(DbVendor.SQLITE, "jdbc:sqlite:" + dataDir.resolve("frontdesk.db").toAbsolutePath(),
                Optional.empty(), Optional.empty(), 2);
    }

    private static ClassLoader resources() {
        return SqliteTemplate.class.getClassLoader();
    }

    /** The build's resources, but for one whose bytes are given. */
    private static ClassLoader replacing(String name, byte[] bytes) {
        return new ClassLoader(resources()) {
            @Override
            public InputStream getResourceAsStream(String resource) {
                return resource.equals(name) ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(resource);
            }
        };
    }

    /**
     * The planner's statistics are left out: every connection of the pool refreshes them (`PRAGMA optimize`), so they
     * depend on how often a store was opened, not on how it was made.
     */
    private static final String NOT_STATISTICS = "name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'";

    /**
     * The schema (sqlite_master without its page numbers, which a compacted copy renumbers), every table's rows, and
     * Flyway's history without when, by whom and how fast each migration ran.
     */
    private static Map<String, List<String>> contents(DatabaseSettings settings) throws SQLException {
        Map<String, List<String>> contents = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
             Statement statement = connection.createStatement()) {
            contents.put("schema", ResultRows.of(statement, "SELECT type, name, tbl_name, sql FROM sqlite_master"
                    + " WHERE " + NOT_STATISTICS + " ORDER BY type, name"));
            List<String> tables = ResultRows.of(statement, "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name <> 'flyway_schema_history' AND " + NOT_STATISTICS + " ORDER BY name");
            for (String table : tables) {
                List<String> rows = ResultRows.of(statement, "SELECT * FROM \"" + table + "\"");
                rows.sort(null);
                contents.put(table, rows);
            }
            contents.put("flyway_schema_history", ResultRows.of(statement, "SELECT installed_rank, version,"
                    + " description, type, script, checksum, success FROM flyway_schema_history ORDER BY installed_rank"));
        }
        return contents;
    }

}
