package io.frontdesk.db;

import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read nested in another read (a search reading its page's customers) runs on the connection the outer one holds.
 * With one connection in the pool, a second borrow would wait out the pool's timeout and fail: under load that is
 * every request holding one connection and waiting for a second, and the pool deadlocked (HelpCrunch search, 32
 * clients, pool of 10).
 */
class NestedReadTest {

    @Test
    void reads_nested_in_a_read_share_its_connection(@TempDir Path dataDir) {
        FrontdeskConfig config = FrontdeskConfig.from(ConfigSources.merge(null,
                Map.of("FRONTDESK_DATA_DIR", dataDir.toString(), "FRONTDESK_DATABASE_POOL_SIZE", "1"), Map.of()));
        try (Database db = Database.open(DatabaseSettings.from(config))) {
            int answer = db.withHandle(outer -> db.withStatements(statements -> {
                java.util.List<Integer> found = new java.util.ArrayList<>();
                statements.forEach("SELECT 41", java.util.List.of(), (rs, ctx) -> rs.getInt(1), found::add);
                return found.get(0) + db.withHandle(inner -> inner.createQuery("SELECT 1")
                        .mapTo(Integer.class).one());
            }));

            // a second borrow from the one-connection pool would have failed after the pool's timeout instead
            assertThat(answer).isEqualTo(42);
        }
    }
}
