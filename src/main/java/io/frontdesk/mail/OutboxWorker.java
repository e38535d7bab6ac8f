package io.frontdesk.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sends what the outbox holds, in the background: every poll interval it claims a batch of due messages under a
 * lease, hands each to the {@link MailSender}, and records the outcome at once, each in its own transaction. Every
 * node runs one; the claim gives each message to one node only, so the work runs once, not once per node.
 *
 * <p>Delivery is at least once with a narrow window: a message is marked sent right after the server accepted it, so
 * only a crash (or a lost database) between those two steps sends it again, after the lease expires. The stable
 * Message-ID lets mail clients fold such a duplicate. A node starts a message only when the rest of its lease leaves
 * a whole send budget, so another node never takes over a message that is still being sent, barring a pause longer
 * than the budget.
 *
 * <p>Logs name the outbox row, the account, the attempt and the server's reply, never a message body, the recipients or
 * a credential.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int MARK_SENT_TRIES = 3;

    /**
     * How one node works the outbox.
     *
     * @param node         this node's name in the claim column, unique per process
     * @param pollInterval the pause between polls when the outbox has nothing more that is due
     * @param lease        how long a claim keeps other nodes away from a message
     * @param sendBudget   the longest one send may take (the SMTP timeouts of one conversation); a message is started
     *                     only while the lease has at least this much left
     * @param batchSize    messages claimed per poll
     * @param retries      the backoff between attempts and when to give up
     */
    public record Settings(String node, Duration pollInterval, Duration lease, Duration sendBudget, int batchSize,
                           RetrySchedule retries) {

        public Settings {
            if (node.isBlank() || pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1
                    || lease.compareTo(sendBudget) <= 0) {
                throw new IllegalArgumentException("bad outbox worker settings");
            }
        }

        /**
         * The production settings: a send may take six SMTP timeouts (connect, greeting, TLS, authentication,
         * envelope, data), a lease covers five of those, ten messages per claim, the default retry schedule.
         */
        public static Settings of(Duration pollInterval, Duration smtpTimeout) {
            Duration budget = smtpTimeout.multipliedBy(6);
            return new Settings(newNodeId(), pollInterval, budget.multipliedBy(5), budget, 10, RetrySchedule.DEFAULT);
        }

        /** The host name where the environment gives one, the process id, and a random part for restarts. */
        public static String newNodeId() {
            String host = System.getenv("HOSTNAME");
            String prefix = host == null || host.isBlank() ? "node" : host.trim();
            return prefix + "-" + ProcessHandle.current().pid() + "-"
                    + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        }
    }

    private final OutboxQueue queue;
    private final MailSender sender;
    private final Clock clock;
    private final Settings settings;
    private final Object wakeup = new Object();
    private volatile boolean stopping;
    private Thread thread;

    public OutboxWorker(OutboxQueue queue, MailSender sender, Clock clock, Settings settings) {
        this.queue = queue;
        this.sender = sender;
        this.clock = clock;
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Starts the background thread; a second call, or a call after {@link #close}, does nothing. */
    public synchronized void start() {
        if (thread != null || stopping) {
            return;
        }
        thread = new Thread(this::loop, "outbox-worker");
        // Daemon so a forgotten close cannot keep a JVM alive; serve and the tests close it explicitly.
        thread.setDaemon(true);
        thread.start();
        LOG.info("outbox: worker {} started, polling every {} ms", settings.node(), settings.pollInterval().toMillis());
    }

    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    /**
     * One poll: claims a batch of due messages and sends them. Returns how many were handled. The background thread
     * calls this in a loop; tests call it directly to drive the worker step by step under their own clock.
     */
    public int runOnce() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        List<ClaimedMessage> batch = queue.claim(settings.node(), now, leaseUntil, settings.batchSize());
        for (int i = 0; i < batch.size(); i++) {
            if (stopping || clock.instant().plus(settings.sendBudget()).isAfter(leaseUntil)) {
                release(batch.subList(i, batch.size()));
                return i;
            }
            deliver(batch.get(i));
        }
        return batch.size();
    }

    private void deliver(ClaimedMessage claimed) {
        int attempt = claimed.attempts() + 1;
        SendResult result;
        try {
            result = sender.send(claimed.message());
        } catch (RuntimeException e) {
            // A sender reports failures in its result; an exception is a bug, retried like a temporary failure so
            // that a fixed release can still deliver.
            LOG.error("outbox {}: sender failed unexpectedly", claimed.id(), e);
            result = SendResult.retry("unexpected " + e.getClass().getName());
        }
        try {
            record(claimed, attempt, result);
        } catch (RuntimeException e) {
            LOG.warn("outbox {}: could not record attempt {} ({}); the lease will expire and it is tried again",
                    claimed.id(), attempt, rootCause(e));
        }
    }

    private void record(ClaimedMessage claimed, int attempt, SendResult result) {
        long id = claimed.id();
        long account = claimed.message().accountId();
        switch (result.outcome()) {
            case SENT -> {
                if (markSent(id, attempt)) {
                    LOG.info("outbox {}: sent (account {}, attempt {}){}", id, account, attempt,
                            result.detail().isEmpty() ? "" : ", but " + result.detail());
                } else {
                    LOG.warn("outbox {}: sent, but another node had sent it already after this node's lease ran out"
                            + " (account {}); the recipient may see it twice", id, account);
                }
            }
            case RETRY -> {
                if (settings.retries().giveUpAfter(attempt)) {
                    queue.markFailed(id, settings.node(), attempt, result.detail());
                    LOG.error("outbox {}: given up after {} attempts (account {}): {}", id, attempt, account,
                            result.detail());
                } else {
                    Instant next = clock.instant().plus(settings.retries().delayAfter(attempt));
                    queue.reschedule(id, settings.node(), attempt, next, result.detail());
                    LOG.warn("outbox {}: attempt {} failed (account {}), next at {}: {}", id, attempt, account, next,
                            result.detail());
                }
            }
            case PERMANENT -> {
                queue.markFailed(id, settings.node(), attempt, result.detail());
                LOG.error("outbox {}: refused for good at attempt {} (account {}): {}", id, attempt, account,
                        result.detail());
            }
        }
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
                LOG.warn("outbox {}: sent, but recording it failed ({}); trying again", id, rootCause(e));
                sleepQuietly(Math.min(settings.pollInterval().toMillis(), 1000));
            }
        }
    }

    private void release(List<ClaimedMessage> unsent) {
        List<Long> ids = new ArrayList<>();
        unsent.forEach(claimed -> ids.add(claimed.id()));
        try {
            queue.release(ids, settings.node());
        } catch (RuntimeException e) {
            LOG.warn("outbox: could not release {} claims ({}); their lease will expire", ids.size(), rootCause(e));
        }
    }

    private void loop() {
        while (!stopping) {
            int handled;
            try {
                handled = runOnce();
            } catch (RuntimeException e) {
                LOG.warn("outbox: poll failed, trying again in {} ms ({})", settings.pollInterval().toMillis(),
                        rootCause(e));
                handled = 0;
            }
            // A full batch suggests more is due: poll again at once instead of letting a backlog wait.
            if (handled < settings.batchSize()) {
                pause();
            }
        }
    }

    private void pause() {
        synchronized (wakeup) {
            if (stopping) {
                return;
            }
            try {
                wakeup.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    /**
     * Stops the background thread: the message being sent is finished and recorded, claimed ones not yet started are
     * released for other nodes, and no new poll begins. Waits at most one send budget.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = thread;
        }
        synchronized (wakeup) {
            wakeup.notifyAll();
        }
        if (running == null) {
            return;
        }
        try {
            running.join(settings.sendBudget().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warn("outbox: worker {} still sending at stop; its claim expires and another node takes over",
                    settings.node());
        } else {
            LOG.info("outbox: worker {} stopped", settings.node());
        }
    }

    /**
     * The innermost cause's class and message. Wrapping exceptions are left out on purpose: a statement exception
     * prints its bound arguments, which would put message bodies and addresses into the log.
     */
    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == error) {
            return error.getClass().getName();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
