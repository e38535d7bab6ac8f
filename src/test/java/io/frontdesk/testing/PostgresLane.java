package io.frontdesk.testing;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL lane: a database with a unique name on the server named by FRONTDESK_TEST_POSTGRES_URL (default the
 * local server, database `test`), dropped after the run. Without a server it skips loudly, except under CI=true,
 * where it fails: CI must run this lane.
 */
public final class PostgresLane {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private PostgresLane() {
    }

    public static String adminUrl() {
        String url = System.getenv("FRONTDESK_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Creates a fresh database and returns its JDBC URL; skips or fails when no server answers. */
    public static String createDatabase() {
        return create("");
    }

    /**
     * Creates a fresh database with the current schema already applied, a copy of one migrated once per test run
     * (see {@link PostgresCopies}): for fixtures whose application would migrate an empty database first thing.
     */
    public static String createMigratedDatabase() {
        return PostgresCopies.take();
    }

    /** A copy of {@code template}, a database on the same server that nobody is connected to. */
    static String createFrom(String template) {
        return create(" TEMPLATE " + template);
    }

    private static String create(String options) {
        String name = "frontdesk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + options);
        } catch (SQLException e) {
            String message = "PostgreSQL lane: no usable server at " + adminUrl() + " (" + e.getMessage() + ")";
            if (ci()) {
                throw new IllegalStateException(message + "; CI=true requires this lane", e);
            }
            System.err.println("\n!!!!! SKIPPING " + message + " !!!!!\n");
            Assumptions.abort(message);
        }
        return withDatabase(adminUrl(), name);
    }

    public static void dropDatabase(String jdbcUrl) {
        String name = databaseName(jdbcUrl);
        try (Connection connection = DriverManager.getConnection(adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("PostgreSQL lane: could not drop " + name + ": " + e.getMessage());
        }
    }

    /** Drops the database on a background thread (and at the latest when the JVM exits): nobody waits for it. */
    public static void dropDatabaseLater(String jdbcUrl) {
        PostgresCopies.dropLater(jdbcUrl);
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        String head = url.substring(0, slash + 1);
        String tail = query < 0 ? "" : url.substring(query);
        return head + database + tail;
    }

    static String databaseName(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    }
}
