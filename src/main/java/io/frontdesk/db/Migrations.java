package io.frontdesk.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the schema: the shared folder plus the vendor's folder, one version sequence. */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    public static void apply(Database database) {
        Flyway flyway = Flyway.configure()
                .dataSource(database.dataSource())
                .locations(database.vendor().migrationLocations())
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}
