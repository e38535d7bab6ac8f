package io.frontdesk.conversation;

import io.frontdesk.account.AccountService;
import io.frontdesk.core.Transactions;
import io.frontdesk.customer.CustomerService;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.ErrorKind;
import io.frontdesk.error.FieldError;
import io.frontdesk.eventlog.EventLog;
import io.frontdesk.jobs.ClaimedJob;
import io.frontdesk.jobs.JobKind;
import io.frontdesk.jobs.JobQueue;
import io.frontdesk.mail.Outbox;
import io.frontdesk.mailbox.MailboxService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What waits on the server's clock: snoozed conversations and "send later" threads. Setting either queues a job due
 * at its time ({@link JobKind#CONVERSATION_WAKE}, {@link JobKind#THREAD_SEND}) in the same transaction, so the one
 * background mechanism (the jobs queue) runs it on some node when the time comes; nothing here polls. A job carries
 * the time it was queued for: when the snooze or schedule was changed or removed since, the job finds a different
 * time (or none) and does nothing, so a change never needs to find and cancel the job it replaces.
 */
public final class ScheduleService {

    /** Help Scout refuses a snooze or schedule after the year 2100. */
    static final Instant LATEST = Instant.parse("2101-01-01T00:00:00Z");

    private final ConversationStore store;
    private final ThreadStore threads;
    private final JobQueue jobs;
    private final Transactions tx;
    private final Clock clock;
    private final Guards guards;
    private final ThreadOperations threadOperations;
    private final ConversationEvents events;

    /** @param events where a wake-up's status change and a scheduled reply are recorded, in their transaction */
    public ScheduleService(ConversationStore store, ThreadStore threads, CustomerService customers,
                           MailboxService mailboxes, AccountService accounts, Outbox outbox, JobQueue jobs,
                           Transactions tx, Clock clock, EventLog events) {
        this.store = store;
        this.threads = threads;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
        this.guards = new Guards(store, accounts, mailboxes, clock);
        this.events = new ConversationEvents(events);
        this.threadOperations = new ThreadOperations(threads, store, new ThreadWriter(store, threads, outbox),
                new CustomerResolver(customers), guards, this.events);
    }

    /** Snoozes the conversation until {@code until} (future, not after 2100), replacing any earlier snooze. */
    public void snooze(long accountId, long callerId, long conversationId, Instant until,
                       boolean unsnoozeOnCustomerReply) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            Instant now = clock.instant();
            checkTime(until, now, "snoozedUntil");
            // the status stays as it is: "reactivated if needed" happens when the snooze ends
            store.setSnooze(conversationId, new Snooze(callerId, until, unsnoozeOnCustomerReply));
            store.update(conversation, ConversationRow.of(conversation).touched(now, true));
            jobs.enqueue(JobKind.CONVERSATION_WAKE, accountId, conversationId + ":" + until.toEpochMilli(), until);
            events.snoozed(conversation, until, callerId);
        });
    }

    /** Ends a snooze now: the conversation is active again. A conversation that is not snoozed is left as it is. */
    public void unsnooze(long accountId, long callerId, long conversationId) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            if (conversation.snooze() != null) {
                wake(conversation, callerId, callerId, clock.instant());
            }
        });
    }

    /**
     * The {@link JobKind#CONVERSATION_WAKE} handler, inside the job's transaction: ends the snooze the job was queued
     * for, if it is still the conversation's. A deleted conversation, or one whose snooze changed, is left alone.
     */
    public void wake(ClaimedJob job) {
        long[] payload = payload(job);
        Conversation conversation = store.lock(job.accountId(), payload[0]).orElse(null);
        if (conversation == null || conversation.state() == ConversationState.DELETED
                || conversation.snooze() == null || conversation.snooze().until().toEpochMilli() != payload[1]) {
            return;
        }
        wake(conversation, conversation.snooze().snoozedBy(), null, clock.instant());
    }

    /**
     * Ends the snooze: back to active (a status event when that changes it), then the snooze's end is recorded (HelpCrunch's
     * {@code chat.unsnoozed}); its folder follows from its assignee (Mine, or Unassigned) as for any active
     * conversation.
     *
     * @param actor the user who ended it, or null when its time came
     */
    private void wake(Conversation conversation, long userId, Long actor, Instant now) {
        store.setSnooze(conversation.id(), null);
        ConversationRow row = ConversationRow.of(conversation).withStatus(ConversationStatus.ACTIVE, userId, now)
                .touched(now, actor != null);
        store.update(conversation, row);
        events.changed(conversation, row, actor);
        events.unsnoozed(conversation, actor);
    }

    /** Schedules a draft reply to be published at {@code at}, replacing an earlier schedule. */
    public void schedule(long accountId, long callerId, long conversationId, long threadId, Instant at,
                         boolean unscheduleOnCustomerReply) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            ConversationThread thread = draftReply(conversationId, threadId);
            Instant now = clock.instant();
            checkTime(at, now, "scheduledFor");
            threads.setSchedule(thread.id(), new ThreadSchedule(callerId, now, at, unscheduleOnCustomerReply));
            store.update(conversation, ConversationRow.of(conversation).touched(now, true));
            jobs.enqueue(JobKind.THREAD_SEND, accountId, conversationId + ":" + threadId + ":" + at.toEpochMilli(),
                    at);
        });
    }

    /** Drops a thread's schedule; it stays a draft. */
    public void unschedule(long accountId, long conversationId, long threadId) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            ConversationThread thread = draftReply(conversationId, threadId);
            if (thread.schedule() != null) {
                threads.setSchedule(threadId, null);
                store.update(conversation, ConversationRow.of(conversation).touched(clock.instant(), true));
            }
        });
    }

    /** Publishes a scheduled (or any draft) reply now, and emails it. */
    public void sendNow(long accountId, long callerId, long conversationId, long threadId) {
        tx.run(() -> {
            Conversation conversation = guards.writable(accountId, conversationId);
            threadOperations.publish(conversation, List.of(draftReply(conversationId, threadId)), clock.instant(),
                    callerId, conversation.mailboxId());
        });
    }

    /**
     * The {@link JobKind#THREAD_SEND} handler, inside the job's transaction: publishes the thread if it is still a
     * draft scheduled for the job's time.
     */
    public void send(ClaimedJob job) {
        long[] payload = payload(job);
        Conversation conversation = store.lock(job.accountId(), payload[0]).orElse(null);
        if (conversation == null || conversation.state() == ConversationState.DELETED) {
            return;
        }
        ConversationThread thread = threads.find(conversation.id(), payload[1]).orElse(null);
        if (thread == null || thread.state() != ThreadState.DRAFT || thread.schedule() == null
                || thread.schedule().scheduledFor().toEpochMilli() != payload[2]) {
            return;
        }
        threadOperations.publish(conversation, List.of(thread), clock.instant(), null, conversation.mailboxId());
    }

    private ConversationThread draftReply(long conversationId, long threadId) {
        ConversationThread thread = threads.find(conversationId, threadId)
                .orElseThrow(() -> ApiException.notFound("Thread not found"));
        if (thread.type() != ThreadType.REPLY || thread.state() != ThreadState.DRAFT) {
            throw new ApiException(ErrorKind.BAD_REQUEST, "Only draft reply threads can be scheduled");
        }
        return thread;
    }

    private static void checkTime(Instant time, Instant now, String path) {
        if (!time.isAfter(now)) {
            throw ApiException.invalid(FieldError.of(path, "InvalidValue", "must be in the future", time.toString()));
        }
        if (!time.isBefore(LATEST)) {
            throw ApiException.invalid(FieldError.of(path, "InvalidValue", "must not be after the year 2100",
                    time.toString()));
        }
    }

    private static long[] payload(ClaimedJob job) {
        String[] parts = job.payload().split(":");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return values;
    }
}
