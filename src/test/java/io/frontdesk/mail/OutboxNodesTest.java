package io.frontdesk.mail;

import io.frontdesk.Application;
import io.frontdesk.mail.jdbc.JdbcOutbox;
import io.frontdesk.mail.smtp.SmtpMailSender;
import io.frontdesk.queue.QueueLane;
import io.frontdesk.testing.Backend;
import io.frontdesk.testing.MailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes on one database: each message is claimed by one of them, sent once, and a node that dies holding a
 * claim only delays its messages until the lease runs out.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OutboxNodesTest {

    @Parameter
    Backend backend;

    private MailServer mail;
    private OutboxFixture fixture;
    private Application nodeA;
    private Application nodeB;
    private long account;

    @BeforeEach
    void open() {
        mail = MailServer.start();
        fixture = OutboxFixture.create(backend, mail);
        nodeA = fixture.open();
        nodeB = fixture.open();
        account = fixture.newAccount(nodeA);
    }

    @AfterEach
    void close() {
        fixture.close();
        mail.close();
    }

    @Test
    void two_workers_deliver_each_message_exactly_once() throws Exception {
        JdbcOutbox outbox = fixture.outbox(nodeA);
        List<OutgoingMessage> queued = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queued.add(Messages.simple(account, "customer" + i + "@example.test", "message " + i));
        }
        nodeA.database().run(() -> queued.forEach(outbox::enqueue));
        QueueLane<ClaimedMessage> workerA = fixture.worker(nodeA, "node-a", 3);
        QueueLane<ClaimedMessage> workerB = fixture.worker(nodeB, "node-b", 3);

        workerA.start();
        workerB.start();
        awaitAllSent(outbox, queued.size());
        workerA.close();
        workerB.close();

        assertThat(mail.messages()).hasSize(40);
        assertThat(mail.messageIds()).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(mail.messagesFor("customer" + i + "@example.test")).as("customer %d", i).hasSize(1);
        }
        Map<String, Long> byNode = outbox.list(account).stream()
                .collect(Collectors.groupingBy(OutboxEntry::claimedBy, Collectors.counting()));
        assertThat(byNode.keySet()).isSubsetOf("node-a", "node-b");
        System.out.println(backend + ": messages sent per node " + byNode);
    }

    @Test
    void concurrent_claims_never_overlap() throws Exception {
        JdbcOutbox outboxA = fixture.outbox(nodeA);
        JdbcOutbox outboxB = fixture.outbox(nodeB);
        nodeA.database().run(() -> {
            for (int i = 0; i < 60; i++) {
                outboxA.enqueue(Messages.simple(account, "c" + i + "@example.test", "m" + i));
            }
        });
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> a = pool.submit(claimAll(outboxA, "node-a", go));
            Future<List<Long>> b = pool.submit(claimAll(outboxB, "node-b", go));
            go.countDown();
            List<Long> claimedByA = a.get(30, TimeUnit.SECONDS);
            List<Long> claimedByB = b.get(30, TimeUnit.SECONDS);

            Set<Long> overlap = new HashSet<>(claimedByA);
            overlap.retainAll(claimedByB);
            assertThat(overlap).isEmpty();
            assertThat(claimedByA.size() + claimedByB.size()).isEqualTo(60);
            System.out.println(backend + ": claimed " + claimedByA.size() + " / " + claimedByB.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claim_of_a_crashed_node_is_taken_over_when_its_lease_expires() {
        JdbcOutbox outboxA = fixture.outbox(nodeA);
        OutgoingMessage message = Messages.simple(account, "ann@example.test", "held by a dead node");
        nodeA.database().run(() -> outboxA.enqueue(message));
        Instant now = fixture.clock.instant();
        // Node A claims and dies before sending: no send, no release.
        assertThat(outboxA.claim("node-a", now, now.plus(OutboxFixture.LEASE), 10)).hasSize(1);
        QueueLane<ClaimedMessage> workerB = fixture.worker(nodeB, "node-b", 10);

        assertThat(workerB.runOnce()).as("still under node A's lease").isZero();
        fixture.clock.advance(OutboxFixture.LEASE.minusMillis(1));
        assertThat(workerB.runOnce()).as("the lease has a millisecond left").isZero();
        fixture.clock.advance(Duration.ofMillis(2));
        assertThat(workerB.runOnce()).isEqualTo(1);

        assertThat(mail.awaitMessages(1)).hasSize(1);
        OutboxEntry entry = outboxA.find(message.messageId()).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(entry.claimedBy()).isEqualTo("node-b");
        // Node A comes back believing it still holds the claim: it can change nothing any more.
        outboxA.reschedule(entry.id(), "node-a", 1, fixture.clock.instant(), "late");
        outboxA.markFailed(entry.id(), "node-a", 1, "late");
        assertThat(outboxA.markSent(entry.id(), 1, fixture.clock.instant())).isFalse();
        assertThat(outboxA.find(message.messageId()).orElseThrow()).isEqualTo(entry);
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(workerB.runOnce()).isZero();
        assertThat(mail.messages()).hasSize(1);
    }

    @Test
    void worker_releases_claims_its_lease_could_not_cover_and_another_node_sends_them_at_once() {
        JdbcOutbox outbox = fixture.outbox(nodeA);
        nodeA.database().run(() -> {
            for (int i = 0; i < 4; i++) {
                outbox.enqueue(Messages.simple(account, "slow" + i + "@example.test", "slow " + i));
            }
        });
        // Every send takes two minutes of a two-and-a-half-minute budget and a five-minute lease: after two sends,
        // the lease no longer covers a third.
        SmtpMailSender smtp = new SmtpMailSender(nodeA.config().smtp());
        MailSender slow = message -> {
            fixture.clock.advance(Duration.ofMinutes(2));
            return smtp.send(message);
        };
        QueueLane<ClaimedMessage> workerA = fixture.worker(nodeA, "node-a", slow, Duration.ofSeconds(150), 10);

        assertThat(workerA.runOnce()).isEqualTo(2);
        assertThat(outbox.list(account)).extracting(OutboxEntry::status).containsExactly(OutboxEntry.Status.SENT,
                OutboxEntry.Status.SENT, OutboxEntry.Status.PENDING, OutboxEntry.Status.PENDING);
        assertThat(outbox.list(account).subList(2, 4)).allSatisfy(e -> assertThat(e.claimedBy()).isNull());

        assertThat(fixture.worker(nodeB, "node-b", 10).runOnce()).isEqualTo(2);
        assertThat(mail.awaitMessages(4)).hasSize(4);
        assertThat(mail.messageIds()).hasSize(4);
    }

    private static Callable<List<Long>> claimAll(JdbcOutbox outbox, String node, CountDownLatch go) {
        return () -> {
            go.await();
            List<Long> ids = new ArrayList<>();
            while (true) {
                Instant now = Instant.parse("2030-01-01T09:00:00Z");
                List<ClaimedMessage> batch = outbox.claim(node, now, now.plus(OutboxFixture.LEASE), 4);
                if (batch.isEmpty()) {
                    return ids;
                }
                batch.forEach(claimed -> ids.add(claimed.id()));
            }
        };
    }

    private void awaitAllSent(JdbcOutbox outbox, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (outbox.list(account).stream().filter(e -> e.status() == OutboxEntry.Status.SENT).count() < count) {
            assertThat(System.currentTimeMillis()).as("all %d sent within 20 s", count).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
