package io.frontdesk.mail;

import io.frontdesk.queue.ClaimedQueue;
import io.frontdesk.queue.Outcome;
import io.frontdesk.queue.QueueSettings;
import io.frontdesk.queue.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox as a queue: each claimed message goes to the {@link MailSender}, and a message the server accepted is
 * marked sent at once, in its own transaction.
 *
 * <p>Delivery is at least once with a narrow window: only a crash (or a lost database) between the server's acceptance
 * and the mark sends a message again, after the lease expires. The stable Message-ID lets mail clients fold such a
 * duplicate. Logs name the outbox row, the account, the attempt and the server's reply, never a message body, the
 * recipients or a credential.
 */
public final class OutboxSender implements ClaimedQueue<ClaimedMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MARK_SENT_TRIES = 3;

    private final OutboxQueue queue;
    private final MailSender sender;
    private final Clock clock;

    public OutboxSender(OutboxQueue queue, MailSender sender, Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * The production settings: a send may take six SMTP timeouts (connect, greeting, TLS, authentication, envelope,
     * data), a lease covers five of those, ten messages per claim, sent one after the other, the default schedule.
     */
    public static QueueSettings settings(Duration pollInterval, Duration smtpTimeout) {
        Duration budget = smtpTimeout.multipliedBy(6);
        return new QueueSettings("outbox", pollInterval, budget.multipliedBy(5), budget, 10, 1,
                RetrySchedule.DEFAULT, 0);
    }

    @Override
    public List<ClaimedMessage> claim(String node, Instant now, Instant leaseUntil, int limit) {
        return queue.claim(node, now, leaseUntil, limit);
    }

    @Override
    public Outcome run(ClaimedMessage claimed, String node, int attempt) {
        SendResult result = sender.send(claimed.message());
        return switch (result.outcome()) {
            case SENT -> {
                long id = claimed.id();
                long account = claimed.message().accountId();
                if (markSent(id, attempt)) {
                    LOG.info("outbox {}: sent (account {}, attempt {}){}", id, account, attempt,
                            result.detail().isEmpty() ? "" : ", but " + result.detail());
                } else {
                    LOG.warn("outbox {}: sent, but another node had sent it already after this node's lease ran out"
                            + " (account {}); the recipient may see it twice", id, account);
                }
                yield Outcome.done();
            }
            case RETRY -> Outcome.retry(result.detail());
            case PERMANENT -> Outcome.giveUp(result.detail());
        };
    }

    /** The server has the message: insist a little on recording that, since a lost mark means a second copy. */
    private boolean markSent(long id, int attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return queue.markSent(id, attempt, clock.instant());
            } catch (RuntimeException e) {
                if (tries >= MARK_SENT_TRIES) {
                    throw e;
                }
                LOG.warn("outbox {}: sent, but recording it failed ({}); trying again", id, Outcome.rootCause(e));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void reschedule(long id, String node, int attempts, Instant nextAttempt, String error) {
        queue.reschedule(id, node, attempts, nextAttempt, error);
    }

    @Override
    public void markFailed(long id, String node, int attempts, String error) {
        queue.markFailed(id, node, attempts, error);
    }

    @Override
    public void release(List<Long> ids, String node) {
        queue.release(ids, node);
    }

    @Override
    public String describe(ClaimedMessage claimed) {
        return "outbox " + claimed.id() + " (account " + claimed.message().accountId() + ")";
    }
}
