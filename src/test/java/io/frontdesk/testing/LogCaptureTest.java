package io.frontdesk.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected errors are held back for the test; an unexpected one still reaches the console, and nothing after close. */
class LogCaptureTest {

    private static final String NAME = "io.frontdesk.testing.LogCaptureTest.subject";

    @Test
    void holds_back_only_the_expected_events_and_lets_the_rest_through_as_before() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        // the root's appenders stand aside for the test's own, so that what it logs is not printed
        List<Appender<ILoggingEvent>> printing = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(printing::add);
        printing.forEach(root::detachAppender);
        ListAppender<ILoggingEvent> console = new ListAppender<>();
        console.start();
        root.addAppender(console);
        org.slf4j.Logger subject = LoggerFactory.getLogger(NAME);
        try {
            try (LogCapture log = LogCapture.of(NAME, LogCapture.at(Level.ERROR, "expected"))) {
                subject.error("expected failure", new IllegalStateException("boom"));
                subject.error("surprise");

                assertThat(log.messages()).containsExactly("expected failure");
                assertThat(log.events().get(0).getThrowableProxy().getMessage()).isEqualTo("boom");
            }
            subject.error("expected again, after the capture closed");
        } finally {
            root.detachAppender(console);
            printing.forEach(root::addAppender);
        }

        assertThat(console.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("surprise", "expected again, after the capture closed");
        assertThat(((Logger) subject).isAdditive()).isTrue();
    }
}
