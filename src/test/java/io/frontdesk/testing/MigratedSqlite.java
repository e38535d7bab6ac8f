package io.frontdesk.testing;

import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseSettings;
import io.frontdesk.db.DbVendor;
import io.frontdesk.db.Migrations;
import io.frontdesk.db.SqliteTemplate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A fixture's SQLite store, migrated before its application opens it: the start then finds every migration applied
 * (Flyway still validates their checksums) instead of running them all. It is the same copy of the build's template
 * store that `sandbox` starts from ({@link SqliteTemplate}, docs/sandbox.md "Template store"), so the tests run on the
 * store users get; a build without the template (an IDE's compile) migrates the file in place instead. A test about
 * migrating itself starts from a data directory of its own.
 */
public final class MigratedSqlite {

    private static final String FILE = "frontdesk.db";

    private MigratedSqlite() {
    }

    /** Puts a migrated database where an application on {@code dataDir} will look for it. */
    public static void copyInto(Path dataDir) {
        DatabaseSettings settings = new DatabaseSettings(DbVendor.SQLITE,
                "jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath(), Optional.empty(), Optional.empty(), 2);
        if (SqliteTemplate.install(settings)) {
            return;
        }
        Database database = Database.open(settings);
        try {
            Migrations.apply(database);
        } finally {
            database.close();
        }
    }
}
