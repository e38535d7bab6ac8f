package io.frontdesk.db;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the schema: the shared folder plus the vendor's folder, one version sequence. */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    public static void apply(Database database) {
        FluentConfiguration configuration = Flyway.configure()
                .locations(database.vendor().migrationLocations())
                .validateMigrationNaming(true);
        if (database.vendor() == DbVendor.POSTGRESQL) {
            // PostgreSQL reports a statement that had nothing to do (V5 and V7 both create pg_trgm, `IF NOT EXISTS`)
            // with a NOTICE, which Flyway logs as a warning on every fresh database. Notices tell an operator
            // nothing here; warnings and errors still come through. Applied migrations cannot change (Flyway checks
            // their checksums), so the session is told instead, on a connection of Flyway's own so that the setting
            // does not stay behind in the pool.
            HikariDataSource pool = (HikariDataSource) database.dataSource();
            String url = pool.getJdbcUrl();
            String quiet = (url.contains("?") ? "&" : "?") + "options=-c%20client_min_messages%3Dwarning";
            configuration.dataSource(url + quiet, pool.getUsername(), pool.getPassword());
        } else {
            configuration.dataSource(database.dataSource());
        }
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
