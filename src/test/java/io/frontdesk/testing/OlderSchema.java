package io.frontdesk.testing;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.db.DbVendor;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * A store of the backend migrated only up to an older schema version, for a migration test to fill as an older
 * release left it and then open with today's application (which migrates it the rest of the way). Closing drops it.
 *
 * @param url      the JDBC address to fill it through
 * @param postgres the PostgreSQL database's address, or null on SQLite
 */
public record OlderSchema(Path dataDir, String url, String postgres) implements AutoCloseable {

    public static OlderSchema migratedTo(Backend backend, String version) throws IOException {
        Path dataDir = Files.createTempDirectory("frontdesk-migration-");
        String postgres = backend == Backend.POSTGRESQL ? PostgresLane.createDatabase() : null;
        String url = postgres != null ? postgres : "jdbc:sqlite:" + dataDir.resolve("frontdesk.db").toAbsolutePath();
        OlderSchema store = new OlderSchema(dataDir, url, postgres);
        store.migrate(version);
        return store;
    }

    /** Migrates the store further, up to {@code version} only (a migration test looks at it between two). */
    public void migrate(String version) {
        DbVendor vendor = postgres != null ? DbVendor.POSTGRESQL : DbVendor.SQLITE;
        // PostgreSQL's notices of migrations that drop what is absent are noise in the test's output
        String flywayUrl = postgres != null ? url + (url.contains("?") ? "&" : "?")
                + "options=-c%20client_min_messages%3Dwarning" : url;
        Flyway.configure().locations(vendor.migrationLocations()).dataSource(flywayUrl, null, null).target(version)
                .load().migrate();
    }

    /** Today's application on this store, migrating it to the current version. */
    public Application open(Clock clock) {
        Map<ConfigKey, String> settings = new EnumMap<>(ConfigKey.class);
        settings.put(ConfigKey.DATA_DIR, dataDir.toString());
        if (postgres != null) {
            settings.put(ConfigKey.DATABASE_URL, postgres);
        }
        return Application.open(FrontdeskConfig.from(ConfigSources.merge(null, Map.of(), settings)), clock);
    }

    @Override
    public void close() {
        if (postgres != null) {
            PostgresLane.dropDatabase(postgres);
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
