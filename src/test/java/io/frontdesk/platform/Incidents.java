package io.frontdesk.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.frontdesk.testing.LogCapture;
import io.frontdesk.testing.Response;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A crash answers with an incident id that points into the server log, and nothing of the failure itself. */
final class Incidents {

    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Incidents() {
    }

    /** Asserts the 500 body leaks nothing and returns the incident id it names. */
    static String assertOnlyIncidentId(Response response) {
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("boom", "secret internals", "Exception", "at io.", "Caused by");
        Matcher matcher = UUID.matcher(response.body());
        assertThat(matcher.find()).as("incident id in %s", response.body()).isTrue();
        String incident = matcher.group();
        assertThat(matcher.find()).as("exactly one id in %s", response.body()).isFalse();
        return incident;
    }

    /**
     * Sends a request to a test crash route and asserts the server logged its incident with the failure, once; that
     * expected ERROR and its stack trace are held back from the build log.
     */
    static Response crash(Supplier<Response> request) {
        try (LogCapture log = LogCapture.of("io.frontdesk.web.ErrorHandling",
                LogCapture.at(Level.ERROR, "/test/crash"))) {
            Response response = request.get();
            String incident = assertOnlyIncidentId(response);
            List<ILoggingEvent> logged = log.events().stream()
                    .filter(event -> event.getFormattedMessage().contains(incident)).toList();
            assertThat(logged).as("the incident's log line").hasSize(1);
            assertThat(messages(logged.get(0).getThrowableProxy())).contains("boom: secret internals");
            return response;
        }
    }

    /** The messages down a logged exception's cause chain. */
    private static String messages(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            text.append(p.getMessage()).append('\n');
        }
        return text.toString();
    }
}
