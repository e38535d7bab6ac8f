package io.frontdesk.db;

/** How a store that does not exist yet gets its schema. */
public enum NewStore {
    /** Flyway runs every migration: `serve`, the admin commands, PostgreSQL always. */
    MIGRATE,
    /**
     * A new SQLite store is a copy of the build's template store when that matches the jar's migrations
     * ({@link SqliteTemplate}), else migrated: `sandbox` and the JUnit extension, whose stores are new on every start.
     */
    FROM_TEMPLATE
}
