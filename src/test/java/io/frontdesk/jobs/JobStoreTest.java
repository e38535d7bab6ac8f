package io.frontdesk.jobs;

import io.frontdesk.Application;
import io.frontdesk.jobs.jdbc.JdbcJobStore;
import io.frontdesk.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The jobs table: queued with the caller's transaction, claimed by one node per lease, finished once. */
@ParameterizedClass
@EnumSource(Backend.class)
class JobStoreTest {

    private static final Set<JobKind> ALL = Set.of(JobKind.CUSTOMER_DELETE);

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
    void a_job_exists_exactly_when_the_transaction_that_queued_it_committed() {
        assertThatThrownBy(() -> app.database().run(() -> {
            store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");
            throw new IllegalStateException("request refused");
        })).hasMessage("request refused");
        app.database().run(() -> store.enqueue(JobKind.CUSTOMER_DELETE, account, "2"));

        assertThat(store.list(account)).extracting(JdbcJobStore.Row::payload, JdbcJobStore.Row::status)
                .containsExactly(tuple("2", "pending"));
    }

    @Test
    void a_claim_keeps_other_nodes_away_until_its_lease_runs_out() {
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");
        Instant now = fixture.clock.instant();

        List<ClaimedJob> first = store.claim("node-a", now, now.plus(JobsFixture.LEASE), 10, ALL);
        List<ClaimedJob> second = store.claim("node-b", now, now.plus(JobsFixture.LEASE), 10, ALL);
        Instant expired = now.plus(JobsFixture.LEASE).plusMillis(1);
        List<ClaimedJob> afterLease = store.claim("node-b", expired, expired.plus(JobsFixture.LEASE), 10, ALL);

        assertThat(first).extracting(ClaimedJob::payload).containsExactly("1");
        assertThat(second).isEmpty();
        assertThat(afterLease).extracting(ClaimedJob::id).containsExactly(first.get(0).id());
    }

    @Test
    void claims_come_oldest_first_in_batches_and_a_release_hands_them_back() {
        for (int i = 1; i <= 5; i++) {
            store.enqueue(JobKind.CUSTOMER_DELETE, account, Integer.toString(i));
        }
        Instant now = fixture.clock.instant();

        List<ClaimedJob> batch = store.claim("node-a", now, now.plus(JobsFixture.LEASE), 3, ALL);
        store.release(batch.stream().map(ClaimedJob::id).toList(), "node-b");
        List<ClaimedJob> rest = store.claim("node-b", now, now.plus(JobsFixture.LEASE), 10, ALL);
        store.release(batch.stream().map(ClaimedJob::id).toList(), "node-a");
        List<ClaimedJob> released = store.claim("node-b", now, now.plus(JobsFixture.LEASE), 10, ALL);

        assertThat(batch).extracting(ClaimedJob::payload).containsExactly("1", "2", "3");
        assertThat(rest).as("another node's release changes nothing").extracting(ClaimedJob::payload)
                .containsExactly("4", "5");
        assertThat(released).extracting(ClaimedJob::payload).containsExactly("1", "2", "3");
    }

    @Test
    void a_job_is_done_once_and_a_late_node_cannot_undo_it() {
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");
        Instant now = fixture.clock.instant();
        long id = store.claim("node-a", now, now.plus(JobsFixture.LEASE), 10, ALL).get(0).id();

        boolean first = store.markDone(id, "node-b", 1, now);
        boolean second = store.markDone(id, "node-a", 1, now);
        store.reschedule(id, "node-a", 1, now.plus(Duration.ofMinutes(1)), "late");
        store.markFailed(id, "node-a", 1, "late");

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        JdbcJobStore.Row row = store.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo("done");
        assertThat(row.claimedBy()).as("who ran it").isEqualTo("node-b");
        assertThat(row.lastError()).isNull();
        assertThat(store.claim("node-c", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)), 10, ALL))
                .isEmpty();
    }

    @Test
    void a_rescheduled_job_waits_for_its_next_attempt() {
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");
        Instant now = fixture.clock.instant();
        long id = store.claim("node-a", now, now.plus(JobsFixture.LEASE), 10, ALL).get(0).id();

        store.reschedule(id, "node-a", 1, now.plus(Duration.ofSeconds(30)), "database away");

        assertThat(store.claim("node-b", now.plusSeconds(29), now.plus(JobsFixture.LEASE), 10, ALL)).isEmpty();
        assertThat(store.claim("node-b", now.plusSeconds(30), now.plus(JobsFixture.LEASE), 10, ALL))
                .extracting(ClaimedJob::attempts).containsExactly(1);
        assertThat(store.find(id).orElseThrow().lastError()).isEqualTo("database away");
    }

    @Test
    void nodes_claim_only_the_kinds_they_handle() {
        // A kind from a newer release, written as that release would: an older node must leave it alone.
        app.database().withHandle(h -> h.execute("INSERT INTO jobs (kind, account_id, payload, status, attempts,"
                + " next_attempt_at, created_at) VALUES ('future.kind', ?, 'x', 'pending', 0, 0, 0)", account));
        Instant now = fixture.clock.instant();

        assertThat(store.claim("node-a", now, now.plus(JobsFixture.LEASE), 10, ALL)).isEmpty();
    }

    @Test
    void deleting_the_account_drops_its_jobs() {
        store.enqueue(JobKind.CUSTOMER_DELETE, account, "1");

        app.database().withHandle(h -> h.execute("DELETE FROM accounts WHERE id = ?", account));

        assertThat(store.list(account)).isEmpty();
    }
}
