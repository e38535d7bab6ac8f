package io.frontdesk.limits;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that closes its connection in the middle of its body made a mistake of its own: the request log records a
 * 4xx and the error log stays empty (it was an ERROR with a stack trace and a 500, so anyone could fill the log).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ClientHangUpTest {

    @Parameter
    Backend backend;

    private Tenant tenant;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger requests = (Logger) LoggerFactory.getLogger("frontdesk.request");
    private Level requestLevel;

    @BeforeEach
    void capture() {
        tenant = backend.tenant();
        log.start();
        root.addAppender(log);
        requestLevel = requests.getLevel();
        requests.setLevel(Level.INFO);
        // the request lines go to this test's list only, not into the build log
        requests.setAdditive(false);
        requests.addAppender(log);
    }

    @AfterEach
    void release() {
        requests.setLevel(requestLevel);
        requests.detachAppender(log);
        requests.setAdditive(true);
        root.detachAppender(log);
    }

    @Test
    void closing_mid_body_on_the_token_endpoint_is_no_server_error() throws Exception {
        hangUp("/v2/oauth2/token", "application/x-www-form-urlencoded", null, "grant_type=client_cre");
        assertLoggedAsClientError("/v2/oauth2/token");
    }

    @Test
    void closing_mid_body_on_a_json_write_is_no_server_error() throws Exception {
        hangUp("/helpcrunch/v1/customers", "application/json", Credentials.helpcrunch(tenant), "{\"name\":\"Ha");
        assertLoggedAsClientError("/helpcrunch/v1/customers");
    }

    /** Declares a 1,000-byte body, sends the first bytes of it and closes. */
    private void hangUp(String path, String type, String authorization, String sent) throws Exception {
        URI base = URI.create(tenant.server().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\n" + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Content-Length: 1000\r\n\r\n" + sent).getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            Thread.sleep(100);
        }
    }

    private void assertLoggedAsClientError(String path) {
        Await.until("the request log line for " + path, Duration.ofSeconds(10), () -> requestLine(path) != null);
        assertThat(requestLine(path)).matches("POST " + path + " 4\\d\\d .*");
        List<ILoggingEvent> errors = events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .toList();
        assertThat(errors).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    private String requestLine(String path) {
        return events().stream().filter(e -> e.getLoggerName().equals("frontdesk.request"))
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("POST " + path + " "))
                .findFirst().orElse(null);
    }

    private List<ILoggingEvent> events() {
        synchronized (log) {
            return List.copyOf(log.list);
        }
    }
}
