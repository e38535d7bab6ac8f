package io.frontdesk.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Holds back what a test provokes on purpose (a crash route's ERROR and stack trace, a job given up), so the test
 * asserts on it and a green build log holds no error. Only the events the test names as expected are held back: the
 * logger's other events still reach the console, so an error nobody expected shows as before.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.of(ErrorHandling.class, event -> event.getFormattedMessage().contains("/test/crash"))) {
 *     Response response = client.get("/test/crash");
 *     assertThat(log.messages()).singleElement().asString().contains(incident);
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final boolean additive;
    private final Capturing appender;

    private LogCapture(Logger logger, Predicate<ILoggingEvent> expected) {
        this.logger = logger;
        this.additive = logger.isAdditive();
        this.appender = new Capturing(expected, (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME));
        appender.setContext(logger.getLoggerContext());
        appender.setName("capture");
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    /** Holds back the events of {@code type}'s logger that {@code expected} accepts. */
    public static LogCapture of(Class<?> type, Predicate<ILoggingEvent> expected) {
        return of(type.getName(), expected);
    }

    public static LogCapture of(String loggerName, Predicate<ILoggingEvent> expected) {
        return new LogCapture((Logger) LoggerFactory.getLogger(loggerName), expected);
    }

    /** A predicate for {@link #of}: events at {@code level} whose message contains {@code text}. */
    public static Predicate<ILoggingEvent> at(Level level, String text) {
        return event -> event.getLevel() == level && event.getFormattedMessage().contains(text);
    }

    /** The events held back so far, in order. */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.held);
    }

    public List<String> messages() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.setAdditive(additive);
        logger.detachAppender(appender);
        appender.stop();
    }

    /** Keeps the expected events; hands the rest to the root logger's appenders, where they would have gone. */
    private static final class Capturing extends AppenderBase<ILoggingEvent> {

        private final Predicate<ILoggingEvent> expected;
        private final Logger root;
        private final List<ILoggingEvent> held = new CopyOnWriteArrayList<>();

        Capturing(Predicate<ILoggingEvent> expected, Logger root) {
            this.expected = expected;
            this.root = root;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (expected.test(event)) {
                event.prepareForDeferredProcessing();
                held.add(event);
                return;
            }
            for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
                it.next().doAppend(event);
            }
        }
    }
}
