package io.frontdesk.conversation;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.mailbox.Mailbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * `POST /v2/conversations` inside one transaction: checks every reference, resolves (or creates) customers, takes the
 * next number, writes the conversation and its threads oldest first (the request lists them newest first), tags and
 * field values, then queues the replies' emails and the auto-reply.
 */
final class ConversationCreation {

    /** A thread with its people resolved, before anything is written. */
    private record Prepared(NewThread thread, CustomerResolver.Resolved customer, long userId) {
    }

    private final ConversationStore store;
    private final ThreadWriter writer;
    private final CustomerResolver resolver;
    private final ConversationTags tags;
    private final FieldCatalog fields;
    private final Guards guards;
    private final ConversationEvents events;
    private final AutoAssign autoAssign;

    ConversationCreation(ConversationStore store, ThreadWriter writer, CustomerResolver resolver,
                         ConversationTags tags, FieldCatalog fields, Guards guards, ConversationEvents events,
                         AutoAssign autoAssign) {
        this.autoAssign = autoAssign;
        this.store = store;
        this.writer = writer;
        this.resolver = resolver;
        this.tags = tags;
        this.fields = fields;
        this.guards = guards;
        this.events = events;
    }

    CreatedConversation create(long accountId, long callerId, NewConversation command) {
        if (command.threads().isEmpty()) {
            throw ApiException.invalid(FieldError.of("threads", "NotEmpty",
                    "There has to be at least one thread in a conversation"));
        }
        Mailbox mailbox = guards.mailbox(accountId, command.mailboxId(), "mailboxId");
        long userId = guards.user(accountId, command.userId(), "user", callerId);
        Long assignee = command.assignTo().present()
                ? guards.assignee(accountId, command.assignTo().applyTo(null), "assignTo") : null;

        // the mailbox's field definitions only check values given; most creates give none
        List<StoredFieldValue> values = command.fields().isEmpty() ? List.of()
                : CustomFieldValues.check(command.fields(), fields.fields(accountId, mailbox.id()));
        CustomerResolver.Resolved primary = resolver.resolve(accountId, command.customer(), "customer", callerId);
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < command.threads().size(); i++) {
            prepared.add(prepare(accountId, command.threads().get(i), "threads[" + i + "]", primary, userId,
                    callerId));
        }
        List<Long> tagIds = tags.resolve(accountId, command.tags(), callerId);

        Instant now = guards.now();
        Instant createdAt = command.createdAt() != null ? command.createdAt() : now;
        Prepared oldest = prepared.get(prepared.size() - 1);
        boolean byCustomer = oldest.customer() != null && oldest.thread().byCustomer();
        boolean draft = command.threads().stream().anyMatch(NewThread::isDraft);
        boolean closed = command.status() == ConversationStatus.CLOSED;
        Instant closedAt = !closed ? null : !command.imported() ? now
                : command.closedAt() != null ? command.closedAt() : createdAt;
        // Written oldest first (the request lists them newest first), so ids grow in that order; they sort by
        // createdAt to the stored millisecond, then by id. The summary follows from that order, with nothing read.
        List<Prepared> oldestFirst = new ArrayList<>(prepared);
        Collections.reverse(oldestFirst);
        List<Instant> at = oldestFirst.stream()
                .map(p -> p.thread().createdAt() != null ? p.thread().createdAt() : createdAt).toList();
        List<Integer> sorted = IntStream.range(0, oldestFirst.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> at.get(i).toEpochMilli()).thenComparing(i -> i))
                .toList();
        ThreadSummary summary = ThreadSummaries.none();
        for (int i : sorted) {
            NewThread thread = oldestFirst.get(i).thread();
            summary = ThreadSummaries.next(summary, thread.type(),
                    thread.isDraft() ? ThreadState.DRAFT : ThreadState.PUBLISHED, thread.text(), at.get(i),
                    thread.cc(), thread.bcc());
        }

        // routing hands out new, live, active conversations that name no assignee (an explicit null stays unassigned)
        if (!command.assignTo().present() && !command.imported() && !draft
                && command.status() == ConversationStatus.ACTIVE) {
            assignee = autoAssign.assignee(accountId, mailbox.id());
        }
        long number = store.nextNumber(accountId);
        long id = store.insert(new ConversationRow(accountId, number, mailbox.id(), primary.id(), command.type(),
                command.status(), draft ? ConversationState.DRAFT : ConversationState.PUBLISHED,
                command.subject().trim(), assignee, byCustomer ? PersonType.CUSTOMER : PersonType.USER,
                byCustomer ? oldest.customer().id() : oldest.userId(), closed ? userId : null, closedAt,
                command.imported(), createdAt, now, command.imported() ? createdAt : now), summary);

        List<WrittenThread> written = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            Prepared p = oldestFirst.get(i);
            written.add(writer.insert(row(accountId, id, p, command.status(),
                    p.thread().imported() || command.imported(), at.get(i)), p.thread().attachments(), mailbox, now));
        }
        // a new conversation has no tags or values to replace: write only what the request gives
        if (!tagIds.isEmpty()) {
            tags.replace(id, tagIds);
        }
        if (!values.isEmpty()) {
            store.replaceFieldValues(id, values);
        }
        // one event for the whole create: its threads, tags, values and assignee are part of it
        events.created(accountId, id, mailbox.id(), command.type(), byCustomer ? PersonType.CUSTOMER : PersonType.USER,
                callerId);

        if (!command.imported()) {
            List<Integer> newestFirst = new ArrayList<>(sorted);
            Collections.reverse(newestFirst);
            List<ThreadHead> heads = newestFirst.stream().map(i -> written.get(i).head()).toList();
            MailContext context = new MailContext(accountId, id, command.type(), command.subject().trim(),
                    primary.email());
            if (command.autoReply() && heads.stream().anyMatch(t -> t.type() == ThreadType.CUSTOMER)) {
                String customerEmail = newestFirst.stream().map(oldestFirst::get)
                        .filter(p -> p.thread().type() == ThreadType.CUSTOMER && p.customer() != null)
                        .map(p -> p.customer().email()).filter(email -> email != null).findFirst().orElse(null);
                writer.sendAutoReply(context, mailbox, heads, customerEmail);
            }
            for (WrittenThread thread : written) {
                NewThreadRow row = thread.row();
                if (row.type() == ThreadType.REPLY && row.state() == ThreadState.PUBLISHED && !row.imported()) {
                    writer.sendReply(context, mailbox, thread.mail(), heads);
                }
            }
        }
        return new CreatedConversation(id, number);
    }

    /**
     * A chat without messages yet (HelpCrunch's `POST /chats`): active, created by the caller, with no thread. The
     * first customer message makes it a new chat; its creation event names the user, so no `chat.new` fires before.
     */
    CreatedConversation createEmptyChat(long accountId, long callerId, long mailboxId, long customerId,
                                        Long assigneeId) {
        Mailbox mailbox = guards.mailbox(accountId, mailboxId, "mailboxId");
        Long assignee = assigneeId == null ? null : guards.assignee(accountId, assigneeId, "assignTo");
        CustomerResolver.Resolved customer = resolver.get(accountId, customerId, "customer");
        Instant now = guards.now();
        long number = store.nextNumber(accountId);
        long id = store.insert(new ConversationRow(accountId, number, mailbox.id(), customer.id(),
                ConversationType.CHAT, ConversationStatus.ACTIVE, ConversationState.PUBLISHED, "Chat", assignee,
                PersonType.USER, callerId, null, null, false, now, now, now), ThreadSummaries.none());
        events.created(accountId, id, mailbox.id(), ConversationType.CHAT, PersonType.USER, callerId);
        return new CreatedConversation(id, number);
    }

    /** Notes name no customer unless the client gives one; every other type defaults to the primary customer. */
    private Prepared prepare(long accountId, NewThread thread, String path, CustomerResolver.Resolved primary,
                             long conversationUser, long callerId) {
        // a thread naming the primary customer by id (as most do) reuses the request's one read of them
        CustomerResolver.Resolved customer = thread.customer() == null
                ? (thread.type() == ThreadType.NOTE ? null : primary)
                : thread.customer() instanceof CustomerRef.ById byId && byId.id() == primary.id() ? primary
                : resolver.resolve(accountId, thread.customer(), path + ".customer", callerId);
        long userId = guards.user(accountId, thread.userId(), path + ".user", conversationUser);
        return new Prepared(thread, customer, userId);
    }

    private static NewThreadRow row(long accountId, long conversationId, Prepared p, ConversationStatus status,
                                    boolean imported, Instant createdAt) {
        NewThread thread = p.thread();
        boolean byCustomer = p.customer() != null && thread.byCustomer();
        List<String> to = thread.type() == ThreadType.REPLY && p.customer() != null && p.customer().email() != null
                ? List.of(p.customer().email()) : List.of();
        return new NewThreadRow(accountId, conversationId, thread.type(),
                thread.isDraft() ? ThreadState.DRAFT : ThreadState.PUBLISHED, status, thread.text(),
                p.customer() == null ? null : p.customer().id(), byCustomer ? PersonType.CUSTOMER : PersonType.USER,
                byCustomer ? Long.valueOf(p.customer().id()) : Long.valueOf(p.userId()), null, to, thread.cc(),
                thread.bcc(), imported, createdAt);
    }
}
