package io.frontdesk.queue;

import ch.qos.logback.classic.Level;
import io.frontdesk.testing.Await;
import io.frontdesk.testing.LogCapture;
import io.frontdesk.testing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lane's own rules, over a queue held in memory (the tables' claim protocol is tested with each table): what each
 * outcome records, when a retry is due, and that with several slots a slow item holds one slot, not the queue.
 */
class QueueLaneTest {

    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 3);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-06T10:00:00Z"));

    @Test
    void a_retry_follows_the_schedule_or_the_wait_the_item_asked_for_and_the_last_attempt_gives_up() {
        MemoryQueue queue = new MemoryQueue(item -> item.attempts() == 0 ? Outcome.retry("first")
                : Outcome.retryAfter("asked", Duration.ofMinutes(7)));
        queue.add(1);
        QueueLane<Item> lane = lane(queue, 1);

        assertThat(lane.runOnce()).isEqualTo(1);
        assertThat(queue.state(1)).isEqualTo("pending:1@2026-12-06T10:01:00Z first");
        assertThat(lane.runOnce()).as("not due yet").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lane.runOnce()).isEqualTo(1);
        assertThat(queue.state(1)).isEqualTo("pending:2@2026-12-06T10:08:00Z asked");
        clock.advance(Duration.ofMinutes(7));
        try (LogCapture log = LogCapture.of(QueueLane.class, LogCapture.at(Level.ERROR, "given up after 3 attempts"))) {
            assertThat(lane.runOnce()).isEqualTo(1);
            assertThat(log.messages()).as("an exhausted schedule is an operator's ERROR").hasSize(1);
        }
        assertThat(queue.state(1)).isEqualTo("failed:3 asked");
    }

    @Test
    void give_up_fails_at_once_and_a_throwing_item_is_retried_with_its_root_cause() {
        MemoryQueue queue = new MemoryQueue(item -> {
            if (item.id() == 1) {
                return Outcome.giveUp("gone");
            }
            throw new IllegalStateException("wrapped", new IllegalArgumentException("root"));
        });
        queue.add(1);
        queue.add(2);

        try (LogCapture log = LogCapture.of(QueueLane.class, LogCapture.at(Level.WARN, "refused for good"))) {
            assertThat(lane(queue, 1).runOnce()).isEqualTo(2);
            assertThat(log.messages()).as("a give-up is a WARN").hasSize(1);
        }

        assertThat(queue.state(1)).isEqualTo("failed:1 gone");
        assertThat(queue.state(2)).isEqualTo("pending:1@2026-12-06T10:01:00Z java.lang.IllegalArgumentException: root");
    }

    @Test
    void an_item_is_released_when_its_lease_no_longer_covers_an_attempt() {
        MemoryQueue queue = new MemoryQueue(item -> {
            clock.advance(Duration.ofSeconds(40));
            return Outcome.done();
        });
        queue.add(1);
        queue.add(2);
        queue.add(3);

        // Lease 100 s, budget 30 s: two items of 40 s leave 20 s, too little for a third.
        assertThat(lane(queue, 1).runOnce()).isEqualTo(2);
        assertThat(queue.state(3)).isEqualTo("released");
    }

    @Test
    void with_several_slots_a_slow_item_does_not_hold_up_the_others() throws InterruptedException {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch finishSlow = new CountDownLatch(1);
        CountDownLatch quickDone = new CountDownLatch(3);
        MemoryQueue queue = new MemoryQueue(item -> {
            if (item.id() == 1) {
                slowStarted.countDown();
                await(finishSlow);
            } else {
                quickDone.countDown();
            }
            return Outcome.done();
        });
        queue.add(1);
        try (QueueWorker worker = new QueueWorker("node-a", clock)) {
            QueueLane<Item> lane = worker.register(settings(4), queue);
            lane.start();
            assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
            queue.add(2);
            queue.add(3);
            queue.add(4);
            lane.wake();

            assertThat(quickDone.await(10, TimeUnit.SECONDS)).as("done while the slow one still runs").isTrue();
            assertThat(queue.state(1)).isEqualTo("claimed");
            finishSlow.countDown();
        }
        assertThat(queue.state(1)).isEqualTo("done");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void a_wake_that_comes_while_the_lane_polls_is_kept_and_ends_the_next_pause_at_once(int concurrency)
            throws InterruptedException {
        MemoryQueue queue = new MemoryQueue(item -> Outcome.done());
        CountDownLatch polling = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        queue.afterClaim = () -> {
            polling.countDown();
            await(proceed);
        };
        // an hour between polls: only the wake can start the next one within the test
        QueueSettings hourly = new QueueSettings("test", Duration.ofHours(1), Duration.ofSeconds(100),
                Duration.ofSeconds(30), 10, concurrency, SCHEDULE, 0);
        try (QueueWorker worker = new QueueWorker("node-a", clock)) {
            QueueLane<Item> lane = worker.register(hourly, queue);
            lane.start();
            assertThat(polling.await(10, TimeUnit.SECONDS)).as("the first poll").isTrue();
            queue.afterClaim = () -> { };
            queue.add(1);
            lane.wake();
            proceed.countDown();

            Await.until("the item queued during the first poll is done", Duration.ofSeconds(10),
                    () -> "done".equals(queue.state(1)));
        }
    }

    private QueueLane<Item> lane(MemoryQueue queue, int concurrency) {
        return new QueueWorker("node-a", clock).register(settings(concurrency), queue);
    }

    private static QueueSettings settings(int concurrency) {
        return new QueueSettings("test", Duration.ofMillis(20), Duration.ofSeconds(100), Duration.ofSeconds(30), 10,
                concurrency, SCHEDULE, 0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Item(long id, int attempts) implements Claimed {
    }

    /** A queue in memory: each item's state as a line the tests compare. */
    private final class MemoryQueue implements ClaimedQueue<Item> {

        private final Function<Item, Outcome> work;
        private final Map<Long, String> states = new ConcurrentHashMap<>();
        private final Map<Long, Integer> attempts = new ConcurrentHashMap<>();
        private final Map<Long, Instant> due = new ConcurrentHashMap<>();
        /** Runs at the end of each claim, after the items were looked at. */
        volatile Runnable afterClaim = () -> { };

        MemoryQueue(Function<Item, Outcome> work) {
            this.work = work;
        }

        void add(long id) {
            states.put(id, "pending");
            attempts.put(id, 0);
            due.put(id, Instant.MIN);
        }

        String state(long id) {
            return states.get(id);
        }

        @Override
        public synchronized List<Item> claim(String node, Instant now, Instant leaseUntil, int limit) {
            List<Item> claimed = new ArrayList<>();
            states.keySet().stream().sorted().forEach(id -> {
                String state = states.get(id);
                if (claimed.size() < limit && (state.startsWith("pending") || state.equals("released"))
                        && !due.get(id).isAfter(now)) {
                    states.put(id, "claimed");
                    claimed.add(new Item(id, attempts.get(id)));
                }
            });
            afterClaim.run();
            return claimed;
        }

        @Override
        public Outcome run(Item item, String node, int attempt) {
            Outcome outcome = work.apply(item);
            if (outcome instanceof Outcome.Done) {
                states.put(item.id(), "done");
            }
            return outcome;
        }

        @Override
        public void reschedule(long id, String node, int attempts, Instant nextAttempt, String error) {
            this.attempts.put(id, attempts);
            due.put(id, nextAttempt);
            states.put(id, "pending:" + attempts + "@" + nextAttempt + " " + error);
        }

        @Override
        public void markFailed(long id, String node, int attempts, String error) {
            states.put(id, "failed:" + attempts + " " + error);
        }

        @Override
        public void release(List<Long> ids, String node) {
            ids.forEach(id -> states.put(id, "released"));
        }
    }
}
