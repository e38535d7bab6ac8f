package io.frontdesk.reliability;

import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.db.Database;
import io.frontdesk.db.DatabaseFailures;
import io.frontdesk.db.DbVendor;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.Tenant;
import io.frontdesk.testing.TestServer;
import io.frontdesk.web.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every use of a connection through {@code Database} is bounded by the statement timeout on both databases (SQLite has
 * no server-side one): a statement that runs past it is cancelled in the database, and the request answers a clean
 * 503 with Retry-After in its dialect's format, or 400 when it was the client's search, never a 500.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class StatementTimeoutTest {

    /** Runs for minutes on either database unless cancelled. */
    private static final String PG_SLOW = "SELECT 1 FROM pg_sleep(120)";
    private static final String SQLITE_SLOW = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r"
            + " WHERE i < 100000000000) SELECT count(*) FROM r";
    private static final Duration BOUND = Duration.ofSeconds(15);

    @Parameter
    Backend backend;

    private final AtomicReference<Application> app = new AtomicReference<>();
    private TestServer server;
    private Client v2;
    private Client hc;

    @BeforeEach
    void start() {
        server = TestServer.start(backend, Map.of(ConfigKey.STATEMENT_TIMEOUT_SECONDS, "1"), this::routes);
        app.set(server.app());
        Tenant tenant = server.newTenant();
        v2 = tenant.v2();
        hc = tenant.hc();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void routes(RoutesConfig routes) {
        routes.get("/v2/test/slow-query", ctx -> slow(ctx, false));
        routes.get("/helpcrunch/v1/test/slow-query", ctx -> slow(ctx, false));
        routes.get("/v2/test/slow-search", ctx -> slow(ctx, true));
    }

    private void slow(Context ctx, boolean search) {
        Database db = app.get().database();
        String sql = db.vendor() == DbVendor.POSTGRESQL ? PG_SLOW : SQLITE_SLOW;
        Runnable query = () -> db.withStatements(s -> s.first(sql, List.of(), (rs, c) -> rs.getLong(1)));
        if (search) {
            DatabaseFailures.search(() -> {
                query.run();
                return null;
            });
        } else {
            query.run();
        }
        Responses.json(ctx, 200, "application/json", io.frontdesk.web.Json.object());
    }

    @Test
    void a_statement_past_the_timeout_is_cancelled_and_answers_503_with_retry_after_in_the_dialects_format() {
        Response vnd = assertTimeoutPreemptively(BOUND, () -> v2.get("/v2/test/slow-query"));
        Response crunch = assertTimeoutPreemptively(BOUND, () -> hc.get("/test/slow-query"));

        assertThat(vnd.status()).isEqualTo(503);
        assertThat(vnd.header("Retry-After")).isNotBlank();
        assertThat(vnd.header("Content-Type")).startsWith("application/vnd.error+json");
        assertThat(vnd.body()).doesNotContain("Exception", "SQL", "sqlite", "postgres");
        assertThat(crunch.status()).isEqualTo(503);
        assertThat(crunch.json().has("errors")).isTrue();
    }

    @Test
    void a_search_past_the_timeout_is_the_clients_400() {
        Response response = assertTimeoutPreemptively(BOUND, () -> v2.get("/v2/test/slow-search"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("search took too long");
    }

    @Test
    void the_cancelled_statement_no_longer_runs_in_postgresql() throws SQLException {
        if (backend != Backend.POSTGRESQL) {
            return;
        }
        v2.get("/v2/test/slow-query");

        try (Connection admin = DriverManager.getConnection(PostgresLane.adminUrl());
             Statement statement = admin.createStatement();
             ResultSet running = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query = '"
                     + PG_SLOW + "' AND state = 'active'")) {
            running.next();
            assertThat(running.getLong(1)).isZero();
        }
    }

    @Test
    void the_connection_serves_the_next_request_after_a_cancel() {
        for (int i = 0; i < 3; i++) {
            assertThat(v2.get("/v2/test/slow-query").status()).isEqualTo(503);
        }
        assertThat(server.newTenant().v2().get("/v2/customers").status()).isEqualTo(200);
    }

    @Test
    void work_outside_a_request_is_not_bound_by_the_request_timeout() {
        if (backend != Backend.POSTGRESQL) {
            return;
        }
        Database db = server.app().database();

        long slept = db.withStatements(s -> s.first("SELECT 2 FROM pg_sleep(2)", List.of(), (rs, c) -> rs.getLong(1)))
                .orElseThrow();

        assertThat(slept).isEqualTo(2);
    }
}
