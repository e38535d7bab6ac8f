package io.frontdesk.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.Response;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * While PostgreSQL cannot be reached (its sessions terminated, new ones refused), API calls answer 503 with
 * Retry-After in their dialect's format within about a second each, instead of a 500 after the pool's ten-second
 * wait; once it is back they are served again.
 */
class DatabaseOutageTest {

    private TestServer server;
    private String database;
    private Client v2;
    private Client hc;

    /** The pool reports each broken connection with its stack trace; expected here, so kept out of the build log. */
    private final Logger hikari = (Logger) LoggerFactory.getLogger("com.zaxxer.hikari");
    private Level hikariLevel;

    @BeforeEach
    void start() {
        hikariLevel = hikari.getLevel();
        hikari.setLevel(Level.ERROR);
        server = TestServer.start(Backend.POSTGRESQL, Map.of(), routes -> { });
        String url = server.databaseUrl();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        var tenant = server.newTenant();
        v2 = tenant.v2();
        hc = tenant.hc();
    }

    @AfterEach
    void stop() throws SQLException {
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        server.close();
        hikari.setLevel(hikariLevel);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresLane.adminUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void cutOff() throws SQLException {
        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    @Test
    void calls_answer_503_quickly_while_the_database_is_down_and_200_once_it_is_back() throws SQLException {
        assertThat(v2.get("/v2/customers").status()).isEqualTo(200);

        cutOff();
        for (int i = 0; i < 5; i++) {
            Response list = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> v2.get("/v2/customers"));
            assertThat(list.status()).as("%s", list).isEqualTo(503);
            assertThat(list.header("Retry-After")).isNotBlank();
            assertThat(list.header("Content-Type")).startsWith("application/vnd.error+json");
        }
        Response create = assertTimeoutPreemptively(Duration.ofSeconds(4),
                () -> hc.post("/customers", "{\"name\":\"Down\"}"));
        assertThat(create.status()).isEqualTo(503);
        assertThat(create.json().has("errors")).isTrue();

        admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        io.frontdesk.testing.Await.until("served again", Duration.ofSeconds(20),
                () -> v2.get("/v2/customers").status() == 200);
    }
}
