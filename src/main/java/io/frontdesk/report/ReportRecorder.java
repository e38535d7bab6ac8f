package io.frontdesk.report;

import io.frontdesk.eventlog.Event;
import io.frontdesk.eventlog.EventDetails;
import io.frontdesk.eventlog.EventSubscriber;
import io.frontdesk.eventlog.EventType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Keeps the reports' history: for each conversation and thread event, the fact a figure needs, written in the
 * transaction of the change (so it holds for every dialect's writes and the command line's, and a change that rolls
 * back leaves none). Only what happened is written: the figures never look at a conversation's current state.
 *
 * <p>Times: a creation's facts carry the dates it wrote (an import's own), a later thread the time it was published
 * (an imported thread its own date), a status change the time of the change.
 */
public final class ReportRecorder implements EventSubscriber {

    /** The events that write facts or running state; the others pass by. */
    public static final Set<EventType> RECORDED = Set.copyOf(EnumSet.of(EventType.CONVERSATION_CREATED,
            EventType.THREAD_CUSTOMER_CREATED, EventType.THREAD_REPLY_CREATED, EventType.CONVERSATION_STATUS,
            EventType.CONVERSATION_RATED, EventType.CONVERSATION_TAGS, EventType.CONVERSATION_ASSIGNED,
            EventType.CONVERSATION_WORKFLOW));

    private static final String CLOSED = "closed";

    private final ReportStore store;
    private final Creations creations;
    private final SubjectRecorder subjects;
    private final LongConsumer factsWritten;

    /** @param factsWritten told of the account in the transaction of each fact ({@link RollupFolding#written}) */
    public ReportRecorder(ReportStore store, LongConsumer factsWritten) {
        this(store, (event, accountId, conversationId) -> store.conversation(accountId, conversationId),
                factsWritten);
    }

    /** A recorder that reads creations its own way: {@link ReportRebuild}'s replay, long after the creating one. */
    ReportRecorder(ReportStore store, Creations creations, LongConsumer factsWritten) {
        this.store = store;
        this.creations = creations;
        this.subjects = new SubjectRecorder(store);
        this.factsWritten = factsWritten;
    }

    /**
     * Reads a conversation as its creation wrote it. Live that is the conversation as the creating transaction holds
     * it; a replay reads today's rows less what came later.
     */
    @FunctionalInterface
    interface Creations {
        Optional<RecordedConversation> read(Event event, long accountId, long conversationId);
    }

    @Override
    public void onEvent(Event event) {
        switch (event.type()) {
            case CONVERSATION_CREATED -> created(event);
            case THREAD_CUSTOMER_CREATED, THREAD_REPLY_CREATED -> thread(event);
            case CONVERSATION_STATUS -> status(event);
            case CONVERSATION_RATED -> rated(event);
            case CONVERSATION_TAGS -> history(event).ifPresent(h -> subjects.tagsChanged(event, h));
            case CONVERSATION_ASSIGNED -> assigned(event);
            case CONVERSATION_WORKFLOW -> history(event).ifPresent(h -> subjects.workflowRan(event, h));
            default -> {
            }
        }
    }

    private void created(Event event) {
        Optional<RecordedConversation> written = creations.read(event, event.accountId(), event.subjectId());
        if (written.isEmpty() || event.mailboxId() == null) {
            return;
        }
        RecordedConversation c = written.get();
        // started by the customer when its first thread is the customer's: a chat's first chat message counts, though
        // the creation event's createdBy names only a first thread of type customer
        boolean byCustomer = c.threads().isEmpty() ? "customer".equals(event.details().get(EventDetails.CREATED_BY))
                : c.threads().get(0).customer();
        // the creation's facts are in the folder the creation left the conversation in
        ConversationHistory history = new ConversationHistory(c.id(), c.accountId(), c.number(), c.customerId(),
                c.createdAt(), byCustomer, c.status(), 0, null, null, null, null, c.assigneeId());
        // a conversation a user started counts as theirs (the user report's conversationsCreated)
        fact(event, history, FactKind.CREATED, byCustomer ? null : event.actorUserId(), null, c.createdAt(), null,
                null, false, null);
        for (RecordedThread thread : c.threads()) {
            history = thread(event, history, thread, thread.createdAt());
        }
        subjects.created(event, history);
        if (CLOSED.equals(c.status())) {
            Instant at = c.closedAt() != null ? c.closedAt() : c.createdAt();
            fact(event, history, FactKind.CLOSED, c.closedBy(), null, at, history.createdAt(), history.replies(),
                    false, null);
        }
        store.saveHistory(history);
    }

    private void thread(Event event) {
        if (event.threadId() == null) {
            return;
        }
        Optional<RecordedThread> thread = store.thread(event.threadId());
        Optional<ConversationHistory> history = history(event);
        if (thread.isEmpty() || history.isEmpty()) {
            return;
        }
        RecordedThread t = thread.get();
        Instant at = t.imported() ? t.createdAt() : event.occurredAt();
        store.saveHistory(thread(event, history.get(), t, at));
    }

    private ConversationHistory thread(Event event, ConversationHistory history, RecordedThread thread, Instant at) {
        if (thread.customer()) {
            fact(event, history, FactKind.CUSTOMER_MESSAGE, null, thread.id(), at, null, null, false, null);
            return history.waiting(at);
        }
        if (!thread.reply()) {
            return history;
        }
        Long user = thread.userId() != null ? thread.userId() : event.actorUserId();
        Instant since = history.awaitingSince();
        boolean first = history.byCustomer() && history.replies() == 0;
        fact(event, history, FactKind.REPLY, user, thread.id(), at, since, history.replies() + 1, first, null);
        subjects.reply(event, history, thread.id(), user, at);
        return history.replied(thread.id(), user, at);
    }

    private void status(Event event) {
        Optional<ConversationHistory> found = history(event);
        if (found.isEmpty()) {
            return;
        }
        String from = event.details().getOrDefault(EventDetails.FROM, "");
        String to = event.details().getOrDefault(EventDetails.TO, "");
        // a close is in Closed, a reopening in the folder it reopens into
        ConversationHistory history = found.get().withStatus(to);
        if (CLOSED.equals(to) && !CLOSED.equals(from)) {
            fact(event, history, FactKind.CLOSED, event.actorUserId(), null, event.occurredAt(), history.createdAt(),
                    history.replies(), false, null);
        } else if (CLOSED.equals(from) && !CLOSED.equals(to)) {
            fact(event, history, FactKind.REOPENED, event.actorUserId(), null, event.occurredAt(), null, null, false,
                    null);
        }
        store.saveHistory(history);
    }

    /** No fact: the assignee is running state, carried by the conversation's next facts (their folder). */
    private void assigned(Event event) {
        String to = event.details().getOrDefault(EventDetails.TO, "");
        history(event).ifPresent(h -> store.saveHistory(h.withAssignee(to.isEmpty() ? null : Long.valueOf(to))));
    }

    private void rated(Event event) {
        Optional<RatingLevel> level = RatingLevel.ofRecorded(event.details().get(EventDetails.TO));
        Optional<ConversationHistory> found = history(event);
        if (level.isEmpty() || found.isEmpty()) {
            return;
        }
        ConversationHistory h = found.get();
        // the rated reply: the one the event names (a Help Scout rating of a reply), else the last reply (a chat's)
        Optional<RecordedThread> named = event.threadId() == null ? Optional.empty() : store.thread(event.threadId());
        Long thread = named.map(RecordedThread::id).orElse(h.lastReplyThread());
        Long user = named.isPresent() ? named.get().userId() : h.lastReplyUser();
        Instant replyAt = named.map(RecordedThread::createdAt).orElse(h.lastReplyAt());
        insert(event, new ReportFact(FactKind.RATED, h.conversationId(), h.number(),
                event.mailboxId(), type(event), h.customerId(), user, thread, event.occurredAt(), replyAt, null,
                false, level.get(), event.details().get(EventDetails.COMMENTS), h.status(), h.assigneeId()));
    }

    /**
     * The conversation's running state; for a conversation created before reports were kept, begun from what it
     * holds now (its replies, its last reply), with no facts for its past.
     */
    private Optional<ConversationHistory> history(Event event) {
        if (event.mailboxId() == null) {
            return Optional.empty();
        }
        Optional<ConversationHistory> known = store.history(event.subjectId());
        if (known.isPresent()) {
            return known;
        }
        return creations.read(event, event.accountId(), event.subjectId()).map(c -> {
            // a status change's own event says the status before it; any other event's is the status now
            String status = event.type() == EventType.CONVERSATION_STATUS
                    ? event.details().getOrDefault(EventDetails.FROM, c.status()) : c.status();
            ConversationHistory h = new ConversationHistory(c.id(), c.accountId(), c.number(), c.customerId(),
                    c.createdAt(), false, status, 0, null, null, null, null, c.assigneeId());
            for (RecordedThread t : c.threads()) {
                if (t.reply() && (event.threadId() == null || t.id() != event.threadId())) {
                    h = h.replied(t.id(), t.userId(), t.createdAt());
                }
            }
            return h;
        });
    }

    private void fact(Event event, ConversationHistory h, FactKind kind, Long user, Long thread, Instant at,
                      Instant since, Integer replies, boolean first, RatingLevel rating) {
        insert(event, new ReportFact(kind, h.conversationId(), h.number(), event.mailboxId(),
                type(event), h.customerId(), user, thread, at, since, replies, first, rating, null, h.status(),
                h.assigneeId()));
    }

    private void insert(Event event, ReportFact fact) {
        store.insert(event.accountId(), fact);
        factsWritten.accept(event.accountId());
    }

    private static String type(Event event) {
        return event.details().getOrDefault(EventDetails.CONVERSATION_TYPE, "email");
    }
}
