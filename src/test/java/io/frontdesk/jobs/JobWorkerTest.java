package io.frontdesk.jobs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.frontdesk.Application;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.tag.Tag;
import io.frontdesk.tag.TagInput;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One node's worker: a job runs once in the transaction that marks it done, a failing one is retried with backoff
 * (its partial work rolled back each time) and given up, and a stopping worker keeps no claim it will not use.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class JobWorkerTest {

    @Parameter
    Backend backend;

    private JobsFixture fixture;
    private Application app;
    private JdbcJobStore store;
    private long account;

    @BeforeEach
    void open() {
        fixture = JobsFixture.create(backend);
        app = fixture.open();
        store = fixture.store(app);
        account = fixture.newAccount(app);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_job_runs_once_and_its_work_commits_with_the_done_mark() {
        AtomicInteger runs = new AtomicInteger();
        QueueLane<ClaimedJob> worker = fixture.worker(app, "node-a", 10, 3, job -> {
            runs.incrementAndGet();
            tag("ran " + job.payload());
        });
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");

        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(worker.runOnce()).isZero();
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(worker.runOnce()).isZero();

        assertThat(runs).hasValue(1);
        assertThat(tagNames()).containsExactly("ran 1");
        JdbcJobStore.Row row = store.list(account).get(0);
        assertThat(row.status()).isEqualTo("done");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.claimedBy()).isEqualTo("node-a");
    }

    @Test
    void a_failing_job_is_retried_after_its_backoff_with_its_partial_work_rolled_back_then_given_up() {
        AtomicInteger runs = new AtomicInteger();
        QueueLane<ClaimedJob> worker = fixture.worker(app, "node-a", 10, 3, job -> {
            tag("attempt " + runs.incrementAndGet());
            throw new IllegalStateException("database hiccup");
        });
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");

        JdbcJobStore.Row afterFirst;
        int tooEarly;
        List<ILoggingEvent> logged;
        try (LogCapture log = LogCapture.of(QueueLane.class,
                event -> event.getFormattedMessage().contains("database hiccup"))) {
            worker.runOnce();
            afterFirst = store.list(account).get(0);
            fixture.clock.advance(Duration.ofSeconds(9));
            tooEarly = worker.runOnce();
            fixture.clock.advance(Duration.ofSeconds(1));
            worker.runOnce();
            fixture.clock.advance(Duration.ofSeconds(20));
            worker.runOnce();
            fixture.clock.advance(Duration.ofDays(1));
            worker.runOnce();
            logged = log.events();
        }

        assertThat(afterFirst.status()).isEqualTo("pending");
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).isEqualTo("java.lang.IllegalStateException: database hiccup");
        assertThat(tooEarly).as("the first retry waits 10 s").isZero();
        assertThat(runs).as("three attempts, then given up").hasValue(3);
        assertThat(tagNames()).as("each attempt's work rolled back").isEmpty();
        JdbcJobStore.Row row = store.list(account).get(0);
        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(logged).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN, Level.ERROR);
        assertThat(logged.get(2).getFormattedMessage()).contains("given up after 3 attempts");
    }

    @Test
    void a_job_that_failed_once_succeeds_on_its_retry() {
        AtomicInteger runs = new AtomicInteger();
        QueueLane<ClaimedJob> worker = fixture.worker(app, "node-a", 10, 3, job -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first time unlucky");
            }
            tag("second time");
        });
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");

        try (LogCapture log = LogCapture.of(QueueLane.class, LogCapture.at(Level.WARN, "first time unlucky"))) {
            worker.runOnce();
            fixture.clock.advance(Duration.ofSeconds(10));
            worker.runOnce();
            assertThat(log.messages()).singleElement().asString().contains("attempt 1 failed");
        }

        assertThat(tagNames()).containsExactly("second time");
        JdbcJobStore.Row row = store.list(account).get(0);
        assertThat(row.status()).isEqualTo("done");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.lastError()).isNull();
    }

    @Test
    void a_closed_worker_releases_what_it_claims_instead_of_keeping_it_for_a_lease() {
        AtomicInteger runs = new AtomicInteger();
        QueueLane<ClaimedJob> closed = fixture.worker(app, "node-a", 10, 3, job -> runs.incrementAndGet());
        QueueLane<ClaimedJob> other = fixture.worker(app, "node-b", 10, 3, job -> runs.incrementAndGet());
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "2");

        closed.close();
        assertThat(closed.runOnce()).isZero();
        assertThat(other.runOnce()).as("no lease to wait for").isEqualTo(2);

        assertThat(runs).hasValue(2);
        assertThat(store.list(account)).extracting(JdbcJobStore.Row::claimedBy).containsOnly("node-b");
    }

    @Test
    void the_background_thread_runs_jobs_as_they_come_and_stops_on_close() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        QueueLane<ClaimedJob> worker = fixture.worker(app, "node-a", 2, 3, job -> runs.incrementAndGet());
        for (int i = 0; i < 5; i++) {
            store.enqueue(JobKind.CUSTOMER_DELETE, account, Integer.toString(i));
        }

        worker.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (runs.get() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        worker.close();

        assertThat(runs).hasValue(5);
        assertThat(worker.running()).isFalse();
        assertThat(store.list(account)).extracting(JdbcJobStore.Row::status).containsOnly("done");
    }

    private void tag(String name) {
        app.tags().resolve(account, List.of(new TagInput(name, null)));
    }

    private List<String> tagNames() {
        return app.tags().list(account).stream().map(Tag::name).toList();
    }
}
