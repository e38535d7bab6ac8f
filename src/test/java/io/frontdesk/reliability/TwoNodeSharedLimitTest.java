package io.frontdesk.reliability;

import io.frontdesk.Main;
import io.frontdesk.testing.Client;
import io.frontdesk.testing.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A per-account limit set with `frontdesk accounts set --rate-limit-…` holds across two `serve` processes on one
 * PostgreSQL database: requests spread over both nodes are counted as one. PostgreSQL only, like every two-node test.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TwoNodeSharedLimitTest {

    private static final int LIMIT = 5;
    /** A burst this close to the end of a minute could straddle two windows; it waits for the next one instead. */
    private static final long MARGIN_MILLIS = 3000;

    private TwoNodes nodes;

    @BeforeEach
    void start() throws Exception {
        nodes = TwoNodes.create();
        nodes.start("limits", Map.of());
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    @Test
    void a_small_helpcrunch_limit_of_one_account_is_shared_by_both_nodes() throws Exception {
        long account = nodes.jdbi().withHandle(h -> h.createQuery("SELECT id FROM accounts").mapTo(Long.class).one());
        // Before any request of the account reaches a node, so neither has its settings cached yet.
        int exit = Main.run("accounts", "set", "--account", Long.toString(account), "--rate-limit-mode", "enforce",
                "--rate-limit-helpcrunch", Integer.toString(LIMIT), "--database-url", nodes.databaseUrl(),
                "--data-dir", nodes.dataDir(1).toString());
        assertThat(exit).isZero();
        List<Client> both = List.of(nodes.node(1).hc(), nodes.node(2).hc());

        awayFromTheMinutesEnd();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < LIMIT + 3; i++) {
            Response response = both.get(i % 2).get("/customers");
            statuses.add(response.status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
    }

    /** Windows are whole minutes: start the burst early in one (bounded wait, at most the margin). */
    private static void awayFromTheMinutesEnd() throws InterruptedException {
        long intoMinute = Instant.now().toEpochMilli() % 60_000;
        if (intoMinute > 60_000 - MARGIN_MILLIS) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
    }
}
