package io.frontdesk.jobs;

import io.frontdesk.Application;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagInput;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes on one database, each with its own worker: every job runs on exactly one of them, and a node that
 * finishes a job after its lease ran out (and another node took over) rolls its work back.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JobNodesTest {

    private static final int JOBS = 60;

    @Parameter
    Backend backend;

    private JobsFixture fixture;
    private List<Application> nodes;
    private long account;

    @BeforeEach
    void open() {
        fixture = JobsFixture.create(backend);
        nodes = List.of(fixture.open(), fixture.open(), fixture.open());
        account = fixture.newAccount(nodes.get(0));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void three_nodes_polling_at_once_run_every_job_exactly_once() throws Exception {
        JdbcJobStore store = fixture.store(nodes.get(0));
        for (int i = 0; i < JOBS; i++) {
            store.enqueue(JobKind.CUSTOMER_DELETE, account, Integer.toString(i));
        }
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perNode = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> polls = new ArrayList<>();
            for (int n = 0; n < nodes.size(); n++) {
                String node = "node-" + n;
                // Small batches, so the nodes keep meeting at the claim.
                QueueLane<ClaimedJob> worker = fixture.worker(nodes.get(n), node, 3, 3, job -> {
                    runs.computeIfAbsent(job.payload(), p -> new AtomicInteger()).incrementAndGet();
                    perNode.computeIfAbsent(node, p -> new AtomicInteger()).incrementAndGet();
                });
                polls.add(pool.submit(() -> {
                    start.await();
                    while (worker.runOnce() > 0) {
                        Thread.onSpinWait();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> poll : polls) {
                poll.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println(backend + ": jobs run per node " + perNode);

        assertThat(runs).hasSize(JOBS);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(store.list(account)).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo("done");
            assertThat(row.attempts()).isEqualTo(1);
        });
    }

    @Test
    void a_node_finishing_after_its_lease_was_taken_over_rolls_its_work_back() throws Exception {
        Assumptions.assumeTrue(backend == Backend.POSTGRESQL, "on SQLite the job's transaction holds the one write"
                + " lock while it runs, so no other node can claim or finish the job meanwhile");
        Application nodeA = nodes.get(0);
        Application nodeB = nodes.get(1);
        fixture.store(nodeA).enqueue(JobKind.CUSTOMER_DELETE, account, "1");
        CountDownLatch aStarted = new CountDownLatch(1);
        CountDownLatch aMayFinish = new CountDownLatch(1);
        QueueLane<ClaimedJob> slow = fixture.worker(nodeA, "node-a", 10, 3, job -> {
            tag(nodeA, "by node-a");
            aStarted.countDown();
            await(aMayFinish);
        });
        QueueLane<ClaimedJob> quick = fixture.worker(nodeB, "node-b", 10, 3, job -> tag(nodeB, "by node-b"));

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(slow::runOnce);
        assertThat(aStarted.await(30, TimeUnit.SECONDS)).isTrue();
        fixture.clock.advance(JobsFixture.LEASE.plus(Duration.ofSeconds(1)));
        int tookOver = quick.runOnce();
        aMayFinish.countDown();
        a.get(30, TimeUnit.SECONDS);

        assertThat(tookOver).isEqualTo(1);
        assertThat(nodeA.tags().list(account)).extracting(Tag::name).containsExactly("by node-b");
        JdbcJobStore.Row row = fixture.store(nodeA).list(account).get(0);
        assertThat(row.status()).isEqualTo("done");
        assertThat(row.claimedBy()).isEqualTo("node-b");
    }

    private void tag(Application node, String name) {
        node.tags().resolve(account, List.of(new TagInput(name, null)));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
