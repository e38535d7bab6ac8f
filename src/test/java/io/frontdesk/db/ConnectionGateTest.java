package io.frontdesk.db;

import com.zaxxer.hikari.HikariDataSource;
import io.frontdesk.config.ConfigSources;
import io.frontdesk.config.FrontdeskConfig;
import io.frontdesk.testing.PostgresLane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL borrowers queue at the gate, in arrival order, and the pool behind it never has a waiter (its hand-off
 * to a waiter spins on Thread.yield); SQLite's borrowers go straight to the pool.
 */
class ConnectionGateTest {

    @Test
    void postgresql_borrowers_past_the_pool_size_wait_at_the_gate_not_in_the_pool() throws Exception {
        String url = PostgresLane.createDatabase();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (Database db = open(Map.of("FRONTDESK_DATABASE_URL", url, "FRONTDESK_DATABASE_POOL_SIZE", "2"))) {
            CountDownLatch holding = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            List<Future<Integer>> holders = List.of(
                    threads.submit(() -> db.withStatements(s -> held(s, holding, release))),
                    threads.submit(() -> db.withHandle(h -> held(new Statements(h.getConnection(), null), holding,
                            release))));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            Future<Integer> third = threads.submit(() -> db.withStatements(s -> s.first("SELECT 3", List.of(),
                    (rs, ctx) -> rs.getInt(1)).orElseThrow()));
            awaitTrue(() -> db.gate().waiting() == 1);
            HikariDataSource pool = (HikariDataSource) db.dataSource();
            assertThat(pool.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
            assertThat(third.isDone()).isFalse();

            release.countDown();
            assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo(3);
            for (Future<Integer> holder : holders) {
                assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(db.gate().waiting()).isZero();
            // every permit came back: a transaction still finds one
            int inTransaction = db.inTransaction(() -> db.withStatements(s -> s.first("SELECT 4", List.of(),
                    (rs, ctx) -> rs.getInt(1)).orElseThrow()));
            assertThat(inTransaction).isEqualTo(4);
        } finally {
            threads.shutdownNow();
            PostgresLane.dropDatabaseLater(url);
        }
    }

    @Test
    void waiters_get_their_permits_in_arrival_order() throws Exception {
        ConnectionGate gate = ConnectionGate.fair(1, 10_000);
        gate.enter();
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> pass(gate, "first", order));
        awaitTrue(() -> gate.waiting() == 1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> pass(gate, "second", order));
        awaitTrue(() -> gate.waiting() == 2);

        gate.leave();
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void a_borrower_that_waits_out_the_pool_timeout_fails_as_the_pool_would() throws Exception {
        ConnectionGate gate = ConnectionGate.fair(1, 50);
        gate.enter();

        assertThatThrownBy(gate::enter).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("no database connection became free within 50 ms");

        gate.leave();
        gate.enter();
        gate.leave();
    }

    @Test
    void sqlite_has_no_gate(@TempDir Path dataDir) {
        try (Database db = open(Map.of("FRONTDESK_DATA_DIR", dataDir.toString(),
                "FRONTDESK_DATABASE_POOL_SIZE", "1"))) {
            assertThat(db.gate()).isSameAs(ConnectionGate.open());
            Optional<Integer> read = db.withStatements(s -> s.first("SELECT 5", List.of(), (rs, ctx) -> rs.getInt(1)));
            assertThat(read).contains(5);
        }
    }

    /** Holds a connection until released, then uses it. */
    private static int held(Statements statements, CountDownLatch holding, CountDownLatch release) {
        holding.countDown();
        try {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return statements.first("SELECT 1", List.of(), (rs, ctx) -> rs.getInt(1)).orElseThrow();
    }

    private static void pass(ConnectionGate gate, String name, List<String> order) {
        try {
            gate.enter();
        } catch (SQLTransientConnectionException e) {
            throw new IllegalStateException(e);
        }
        order.add(name);
        gate.leave();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static Database open(Map<String, String> env) {
        return Database.open(DatabaseSettings.from(FrontdeskConfig.from(ConfigSources.merge(null, env, Map.of()))));
    }
}
