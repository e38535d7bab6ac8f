package io.frontdesk.db;

/**
 * The two supported databases. Everything that differs between them is named here or in the per-vendor migration
 * folder, never in scattered string checks.
 */
public enum DbVendor {
    SQLITE("sqlite", "org.sqlite.JDBC"),
    POSTGRESQL("postgresql", "org.postgresql.Driver");

    private final String folder;
    private final String driverClass;

    DbVendor(String folder, String driverClass) {
        this.folder = folder;
        this.driverClass = driverClass;
    }

    /** Flyway looks in the shared folder and in this vendor's own folder; both keep one version sequence. */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder};
    }

    public String driverClass() {
        return driverClass;
    }

    public String displayName() {
        return this == SQLITE ? "SQLite" : "PostgreSQL";
    }
}
