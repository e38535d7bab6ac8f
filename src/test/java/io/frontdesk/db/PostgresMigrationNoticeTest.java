package io.frontdesk.db;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.frontdesk.config.ConfigKey;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.PostgresLane;
import io.frontdesk.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh PostgreSQL database migrates without warnings: V5 and V7 both create pg_trgm, and the second one's
 * "already exists, skipping" notice is not reported as a warning (the applied migrations themselves cannot change).
 */
class PostgresMigrationNoticeTest {

    @Test
    void a_fresh_database_migrates_without_a_warning_and_has_pg_trgm() {
        Logger flyway = (Logger) LoggerFactory.getLogger("org.flywaydb");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        flyway.addAppender(log);
        List<String> warnings;
        boolean trigrams;
        // An empty database of its own: a test server's own database is a copy of one migrated already.
        String empty = PostgresLane.createDatabase();
        try (TestServer server = TestServer.start(Backend.POSTGRESQL, Map.of(ConfigKey.DATABASE_URL, empty),
                routes -> { })) {
            warnings = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            trigrams = server.app().database().withStatements(s -> s.first(
                    "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'", List.of(), (rs, c) -> true))
                    .orElse(false);
        } finally {
            flyway.detachAppender(log);
            PostgresLane.dropDatabaseLater(empty);
        }

        assertThat(warnings).isEmpty();
        assertThat(trigrams).isTrue();
    }
}
