package io.frontdesk.reliability;

import io.frontdesk.testing.Backend;
import io.frontdesk.testing.ChildServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real `serve` process with SIGKILL while eight clients write to it, starts it again on the same data, and
 * checks that every write it answered 2xx is there with its data and that nothing is half-written. On SQLite this
 * exercises the WAL (synchronous=NORMAL loses nothing when only the process dies); on PostgreSQL the server's commit.
 */
@ParameterizedClass
@EnumSource(Backend.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrashSafetyTest {

    private static final int CLIENTS = 8;
    /** Kill, restart, check; twice, so the second kill hits a database that recovered from the first. */
    private static final int ROUNDS = 2;
    /** Each round's load runs at least this long, and until this many more writes were answered, before the kill. */
    private static final long MIN_LOAD_MILLIS = 2000;
    private static final int MIN_ACKNOWLEDGED = 120;
    private static final long MAX_LOAD_MILLIS = 30_000;
    /** Three times the jobs lease: a claim the kill left behind expires well within it. */
    private static final long JOBS_WAIT_MILLIS = 30_000;
    /** What the JVM reports for a child that died of SIGKILL (128 + 9). */
    private static final int SIGKILL_EXIT = 137;
    /** And for one that ran its shutdown hooks on SIGTERM (128 + 15). */
    private static final int SIGTERM_EXIT = 143;

    @Parameter
    Backend backend;

    private NodeData data;
    private ChildServer node;

    @BeforeEach
    void data() {
        data = NodeData.create(backend);
    }

    @AfterEach
    void cleanUp() {
        if (node != null) {
            node.close();
        }
        data.close();
    }

    @Test
    void sigkill_mid_load_loses_no_answered_write_and_leaves_nothing_half_written() throws Exception {
        Ledger ledger = new Ledger();
        node = ChildServer.start(data.node("crash"));
        for (int round = 1; round <= ROUNDS; round++) {
            CrashLoad load = CrashLoad.start("r" + round, node, ledger, CLIENTS);
            awaitLoad(ledger, round * MIN_ACKNOWLEDGED);
            int inFlight = ledger.inFlight.get();
            int exit = node.kill();
            load.stop();
            System.out.println(backend + " round " + round + ": killed with " + inFlight + " requests in flight; "
                    + ledger.summary());

            assertThat(exit).as("killed, not stopped").isEqualTo(SIGKILL_EXIT);
            assertThat(inFlight).as("the kill landed mid-load").isPositive();
            assertThat(ledger.unexpected).as("answers before the kill").isEmpty();

            // The next round writes to (and is killed on) a database that has just recovered from the last kill.
            node = node.restart();
            assertThat(CrashAudit.check(node, ledger)).as("answered writes missing or changed after restart "
                    + round).isEmpty();
            assertThat(StoreInvariants.violations(data)).as("half-written entities after restart " + round)
                    .isEmpty();
            // Deletes accepted before the kill are finished by the restarted node's job worker, at the latest when
            // the claims the killed node held expire (the jobs lease, 10 s).
            awaitJobsDone();
            assertThat(StoreInvariants.count(data, "customers", "deleted_at IS NOT NULL")).isZero();
        }
        assertThat(StoreInvariants.count(data, "conversations")).isGreaterThanOrEqualTo(ledger.conversations.size());
        assertThat(node.v2().post("/v2/customers", "{\"firstName\":\"After\"}").status())
                .as("the restarted node takes writes").isEqualTo(201);
        assertThat(node.stop()).as("SIGTERM stops it through the shutdown hook").isEqualTo(SIGTERM_EXIT);
    }

    /** Bounded: every job of the database done within 30 s. */
    private void awaitJobsDone() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOBS_WAIT_MILLIS);
        while (StoreInvariants.count(data, "jobs", "status <> 'done'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("jobs not done: " + StoreInvariants.count(data, "jobs", "status <> 'done'"));
            }
            Thread.sleep(50);
        }
    }

    /** Bounded: until the load has run long enough and been answered often enough, or fails after 30 s. */
    private static void awaitLoad(Ledger ledger, int acknowledged) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (elapsed >= MIN_LOAD_MILLIS && ledger.acknowledged.get() >= acknowledged) {
                return;
            }
            if (elapsed > MAX_LOAD_MILLIS || !ledger.unexpected.isEmpty()) {
                throw new AssertionError("load did not get going: " + ledger.summary() + ", " + ledger.unexpected);
            }
            Thread.sleep(20);
        }
    }
}
