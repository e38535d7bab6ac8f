package io.frontdesk.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.frontdesk.Application;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.db.Database;
import io.frontdesk.db.DbVendor;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.RawHttp;
import io.frontdesk.testing.TestServer;
import io.frontdesk.web.Json;
import io.frontdesk.web.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A request whose client closes its socket while the request waits on the database has its statement cancelled within
 * a few seconds on both databases, far sooner than the statement timeout (a minute here), and ends quietly; clients
 * that stay, keep-alive ones included, are served as before.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ClientDisconnectTest {

    /** Runs for minutes on either database unless cancelled. */
    private static final String PG_SLOW = "SELECT 1 FROM pg_sleep(120)";
    private static final String SQLITE_SLOW = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r"
            + " WHERE i < 100000000000) SELECT count(*) FROM r";
    /** Well under the one-minute statement timeout: only the client's leaving explains an end this soon. */
    private static final Duration SOON = Duration.ofSeconds(8);

    @Parameter
    Backend backend;

    private final AtomicReference<Application> app = new AtomicReference<>();
    private final AtomicReference<CountDownLatch> started = new AtomicReference<>(new CountDownLatch(1));
    private final AtomicReference<CompletableFuture<String>> ended = new AtomicReference<>(new CompletableFuture<>());
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger requests = (Logger) LoggerFactory.getLogger("frontdesk.request");
    private Level requestLevel;
    private TestServer server;

    @BeforeEach
    void start() {
        // One connection: a statement left running would hold the pool, and the next request would wait for it.
        server = TestServer.start(backend, Map.of(ConfigKey.STATEMENT_TIMEOUT_SECONDS, "60",
                ConfigKey.DATABASE_POOL_SIZE, "1"), this::routes);
        app.set(server.app());
        log.start();
        root.addAppender(log);
        requestLevel = requests.getLevel();
        requests.setLevel(Level.INFO);
        requests.setAdditive(false);
        requests.addAppender(log);
    }

    @AfterEach
    void stop() {
        requests.setLevel(requestLevel);
        requests.detachAppender(log);
        requests.setAdditive(true);
        root.detachAppender(log);
        server.close();
    }

    private void routes(RoutesConfig routes) {
        routes.get("/test/slow-query", this::slow);
        routes.post("/test/slow-query", ctx -> {
            assertThat(ctx.body()).isEqualTo("{\"filter\":[]}");
            slow(ctx);
        });
        routes.get("/test/held-connection", this::held);
    }

    /** A statement that runs until cancelled; {@link #ended} says how it ended. */
    private void slow(Context ctx) {
        Database db = app.get().database();
        String sql = db.vendor() == DbVendor.POSTGRESQL ? PG_SLOW : SQLITE_SLOW;
        started.get().countDown();
        try {
            db.withStatements(s -> s.first(sql, List.of(), (rs, c) -> rs.getLong(1)));
            ended.get().complete("finished");
        } catch (RuntimeException e) {
            ended.get().complete("cancelled");
            throw e;
        }
        Responses.json(ctx, 200, "application/json", Json.object());
    }

    /** Holds its connection for 1.5 s, long enough for the watchdog to look at its client several times. */
    private void held(Context ctx) {
        started.get().countDown();
        long one = app.get().database().withStatements(s -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return s.first("SELECT 1", List.of(), (rs, c) -> rs.getLong(1));
        }).orElseThrow();
        Responses.json(ctx, 200, "application/json", Json.object().put("one", one));
    }

    @Test
    void a_search_whose_client_closes_its_socket_is_cancelled_within_seconds_and_frees_its_connection()
            throws Exception {
        hangUp("GET /test/slow-query HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(ended.get().get(SOON.toSeconds(), TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertNothingRunningInPostgres();
        // the pool's one connection serves the next request
        assertThat(assertTimeoutPreemptively(SOON, () -> server.newTenant().v2().get("/v2/customers")).status())
                .isEqualTo(200);
        assertEndedQuietly("GET /test/slow-query");
    }

    @Test
    void a_request_with_a_body_whose_client_leaves_is_cancelled_too() throws Exception {
        String body = "{\"filter\":[]}";
        hangUp("POST /test/slow-query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(ended.get().get(SOON.toSeconds(), TimeUnit.SECONDS)).isEqualTo("cancelled");
        assertNothingRunningInPostgres();
        assertEndedQuietly("POST /test/slow-query");
    }

    @Test
    void a_keep_alive_client_that_waits_is_answered_on_one_connection_request_after_request() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                out.write(ascii("GET /test/held-connection HTTP/1.1\r\nHost: localhost\r\n\r\n"));
                out.flush();
                String head = RawHttp.readHead(in);
                String answer = new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8);
                assertThat(RawHttp.status(head)).isEqualTo(200);
                assertThat(head).doesNotContainIgnoringCase("Connection: close");
                assertThat(answer).contains("\"one\":1");
            }
        }
    }

    @Test
    void a_request_pipelined_while_the_first_waits_is_not_answered_and_the_connection_closes_after_the_first()
            throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(ascii("GET /test/held-connection HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            out.flush();
            assertThat(started.get().await(SOON.toSeconds(), TimeUnit.SECONDS)).isTrue();
            out.write(ascii("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            out.flush();
            String head = RawHttp.readHead(in);
            in.readNBytes(RawHttp.contentLength(head));

            assertThat(RawHttp.status(head)).isEqualTo(200);
            assertThat(head).containsIgnoringCase("Connection: close");
            assertThat(in.read()).as("the connection closes after the first answer").isEqualTo(-1);
        }
    }

    @Test
    void requests_pipelined_together_are_all_answered_on_their_connection() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // Jetty reads both at once, before the first is handled: nothing is left on the socket to look at.
            out.write(ascii("GET /test/held-connection HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /test/held-connection HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            out.flush();
            for (int i = 0; i < 2; i++) {
                String head = RawHttp.readHead(in);
                in.readNBytes(RawHttp.contentLength(head));
                assertThat(RawHttp.status(head)).isEqualTo(200);
                assertThat(head).doesNotContainIgnoringCase("Connection: close");
            }
        }
    }

    /** Sends {@code request}, waits until its statement runs, and closes the socket. */
    private void hangUp(String request) throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(ascii(request));
            socket.getOutputStream().flush();
            assertThat(started.get().await(SOON.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    private void assertNothingRunningInPostgres() throws SQLException {
        if (backend != Backend.POSTGRESQL) {
            return;
        }
        Await.until("the cancelled statement to leave pg_stat_activity", SOON, () -> {
            try (Connection admin = DriverManager.getConnection(PostgresLane.adminUrl());
                 Statement statement = admin.createStatement();
                 ResultSet running = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query = '"
                         + PG_SLOW + "' AND state = 'active'")) {
                running.next();
                return running.getLong(1) == 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A request-log line with 499 and nothing at WARN or above. */
    private void assertEndedQuietly(String request) {
        Await.until("the request log line for " + request, SOON, () -> requestLine(request) != null);
        assertThat(requestLine(request)).startsWith(request + " 499 ");
        assertThat(events()).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private String requestLine(String request) {
        return events().stream().filter(e -> e.getLoggerName().equals("frontdesk.request"))
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith(request + " "))
                .findFirst().orElse(null);
    }

    private List<ILoggingEvent> events() {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }

    private Socket connect() throws IOException {
        URI base = URI.create(server.baseUrl());
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) SOON.toMillis());
        return socket;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
