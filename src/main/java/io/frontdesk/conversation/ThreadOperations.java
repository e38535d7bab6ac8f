package io.frontdesk.conversation;

import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.eventlog.EventType;
import io.frontdesk.mailbox.Mailbox;

import java.time.Instant;
import java.util.List;

/**
 * Threads added to, and edited in, an existing conversation, and their attachments. Callers run each method in a
 * transaction; every method starts by locking the conversation ({@link Guards#writable}).
 */
final class ThreadOperations {

    private final ThreadStore threads;
    private final ConversationStore store;
    private final ThreadWriter writer;
    private final CustomerResolver resolver;
    private final Guards guards;
    private final ConversationEvents events;

    ThreadOperations(ThreadStore threads, ConversationStore store, ThreadWriter writer, CustomerResolver resolver,
                     Guards guards, ConversationEvents events) {
        this.threads = threads;
        this.store = store;
        this.writer = writer;
        this.resolver = resolver;
        this.guards = guards;
        this.events = events;
    }

    /**
     * Adds a thread. A published reply or customer thread makes the conversation active unless the thread names a
     * status; other types change the status only when they name one; drafts change nothing until published. A
     * published reply may also reassign the conversation, and is emailed unless it or the conversation is imported.
     */
    long add(long accountId, long callerId, long conversationId, NewThread thread) {
        ConversationStore.Locked locked = guards.writableForThread(accountId, conversationId);
        Conversation conversation = locked.conversation();
        Guards.roomForThread(conversation);
        long userId = guards.user(accountId, thread.userId(), "user", callerId);
        CustomerResolver.Resolved customer = customer(accountId, locked, thread, callerId);
        boolean draft = thread.isDraft();
        boolean reply = thread.type() == ThreadType.REPLY;
        ConversationStatus status = draft ? null : thread.status() != null ? thread.status()
                : reply || thread.type() == ThreadType.CUSTOMER ? ConversationStatus.ACTIVE : null;
        Long assignee = reply && !draft && thread.assignTo().present()
                ? guards.assignee(accountId, thread.assignTo().applyTo(null), "assignTo") : null;
        Instant now = guards.now();
        Instant createdAt = thread.createdAt() != null ? thread.createdAt() : now;
        Mailbox mailbox = guards.mailboxOf(conversation);
        boolean byCustomer = customer != null && thread.byCustomer();
        List<String> to = reply && customer != null && customer.email() != null ? List.of(customer.email())
                : List.of();
        WrittenThread written = writer.insert(new NewThreadRow(accountId, conversationId, thread.type(),
                draft ? ThreadState.DRAFT : ThreadState.PUBLISHED, status, thread.text(),
                customer == null ? null : customer.id(), byCustomer ? PersonType.CUSTOMER : PersonType.USER,
                byCustomer ? Long.valueOf(customer.id()) : Long.valueOf(userId), assignee, to, thread.cc(),
                thread.bcc(), thread.imported(), createdAt, thread.savedReplyId()),
                thread.attachments(), mailbox, now);

        ConversationRow row = ConversationRow.of(conversation).touched(now, !byCustomer);
        if (status != null) {
            row = row.withStatus(status, userId, now);
        }
        if (reply && !draft && thread.assignTo().present()) {
            row = row.withAssignee(assignee);
        }
        // The new thread is almost always the newest, and then the summary follows from the one before; a thread
        // dated earlier (an import, or another node's clock ahead) means reading them all. The new thread has the
        // highest id (the lock orders this conversation's writers), so a tie in time lists it first.
        boolean newest = locked.newestThreadAt() == null
                || locked.newestThreadAt().toEpochMilli() <= createdAt.toEpochMilli();
        ThreadSummary summary = newest
                ? ThreadSummaries.next(ThreadSummary.of(conversation), written.row())
                : ThreadSummaries.of(threads.list(conversationId));
        store.update(conversation, row, summary);
        events.thread(conversation, written.id(), thread.type(), written.row().state(),
                firstCustomerThread(conversation, written.id(), thread.type()),
                opensChat(conversation, row, written.id(), thread.type(), written.row().state()), callerId);
        // a published reply or customer thread reopens, and a reply may reassign: those are changes of their own
        events.changed(conversation, row, callerId);
        if (byCustomer && !draft) {
            customerReplied(conversation, callerId);
        }
        // the email takes the subject, number and primary customer, which adding a thread leaves as they were read;
        // its References name every thread
        if (reply && !draft && !thread.imported() && !conversation.imported() && writer.sendsMail()) {
            writer.sendReply(MailContext.of(conversation), mailbox, written.mail(), threads.heads(conversationId));
        }
        return written.id();
    }

    /**
     * The thread's customer: the one it names, else (but for a note) the conversation's own, whom the lock read
     * already when live.
     */
    private CustomerResolver.Resolved customer(long accountId, ConversationStore.Locked locked, NewThread thread,
                                               long callerId) {
        PersonRef primary = locked.conversation().primaryCustomer();
        CustomerRef ref = thread.customer() != null ? thread.customer()
                : thread.type() == ThreadType.NOTE ? null : new CustomerRef.ById(primary.id());
        if (ref == null) {
            return null;
        }
        if (locked.primaryLive() && ref instanceof CustomerRef.ById byId && byId.id() == primary.id()) {
            return new CustomerResolver.Resolved(primary.id(), primary.email());
        }
        return resolver.resolve(accountId, ref, "customer", callerId);
    }

    /**
     * `/text` edits any thread but a line item (the record of what the core did); `/hidden` hides or shows a published
     * (or hidden) customer or reply thread.
     */
    void update(long accountId, long callerId, long conversationId, long threadId, List<ThreadChange> changes) {
        Conversation conversation = guards.writable(accountId, conversationId);
        ConversationThread thread = thread(conversationId, threadId);
        Instant now = guards.now();
        if (thread.type() == ThreadType.LINEITEM
                && changes.stream().anyMatch(c -> c instanceof ThreadChange.Text)) {
            throw ApiException.invalid(FieldError.of("text", "InvalidValue",
                    "A line item records what was done and cannot be edited"));
        }
        for (ThreadChange change : changes) {
            if (change instanceof ThreadChange.Text text) {
                threads.updateText(threadId, text.text(), now);
            } else if (change instanceof ThreadChange.Hidden hidden) {
                if (!thread.type().isMessage() || thread.state() == ThreadState.DRAFT) {
                    throw ApiException.invalid(FieldError.of("hidden", "InvalidValue",
                            "Only published customer and reply threads can be hidden", hidden.hidden()));
                }
                threads.updateState(threadId, hidden.hidden() ? ThreadState.HIDDEN : ThreadState.PUBLISHED, now);
            }
        }
        store.update(conversation, ConversationRow.of(conversation).touched(now, true));
        writer.refresh(conversationId);
    }

    /** Deletes a note (1.0's `DELETE notes/{id}`); other threads are the record of what was said and stay. */
    void deleteNote(long accountId, long callerId, long threadId) {
        long conversationId = threads.threadConversation(accountId, threadId)
                .orElseThrow(() -> ApiException.notFound("Note not found"));
        Conversation conversation = guards.writable(accountId, conversationId);
        ConversationThread thread = thread(conversationId, threadId);
        if (thread.type() != ThreadType.NOTE) {
            throw ApiException.badRequest("Only notes can be deleted; thread " + threadId + " is a "
                    + thread.type().token());
        }
        threads.delete(threadId);
        store.update(conversation, ConversationRow.of(conversation).touched(guards.now(), true));
        writer.refresh(conversationId);
    }

    Attachment addAttachment(long accountId, long conversationId, long threadId, NewAttachment attachment) {
        Conversation conversation = guards.writable(accountId, conversationId);
        thread(conversationId, threadId);
        Instant now = guards.now();
        Attachment added = threads.insertAttachment(accountId, conversationId, threadId, attachment, now);
        store.update(conversation, ConversationRow.of(conversation).touched(now, true));
        return added;
    }

    void deleteAttachment(long accountId, long conversationId, long attachmentId) {
        Conversation conversation = guards.writable(accountId, conversationId);
        if (!threads.deleteAttachment(conversationId, attachmentId)) {
            throw ApiException.notFound("Attachment not found");
        }
        store.update(conversation, ConversationRow.of(conversation).touched(guards.now(), true));
    }

    /** A snooze and the schedules that asked to end at a customer's reply end (the thread made it active). */
    private void customerReplied(Conversation conversation, Long actor) {
        if (conversation.snooze() != null && conversation.snooze().unsnoozeOnCustomerReply()) {
            store.setSnooze(conversation.id(), null);
            events.unsnoozed(conversation, actor);
        }
        threads.unscheduleOnCustomerReply(conversation.id());
    }

    /**
     * Publishes every draft reply of the conversation and emails it (unless imported).
     *
     * @param mailboxId the conversation's mailbox once the request's changes apply, for the replies' events
     */
    void publishDrafts(Conversation conversation, Instant now, long callerId, long mailboxId) {
        publish(conversation, threads.list(conversation.id()).stream()
                .filter(t -> t.state() == ThreadState.DRAFT).toList(), now, callerId, mailboxId);
    }

    /**
     * Publishes these drafts of the conversation (newest first, as listed), records their events and emails the
     * replies among them.
     *
     * @param actor the user who published them, or null (a scheduled send)
     */
    void publish(Conversation conversation, List<ConversationThread> drafts, Instant now, Long actor,
                 long mailboxId) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            threads.publish(drafts.get(i).id(), now);
        }
        for (int i = drafts.size() - 1; i >= 0; i--) {
            events.published(conversation, mailboxId, drafts.get(i).id(), drafts.get(i).type(), actor);
        }
        List<ThreadHead> heads = writer.refresh(conversation.id()).stream().map(ThreadHead::of).toList();
        if (conversation.imported()) {
            return;
        }
        Conversation current = store.find(conversation.accountId(), conversation.id()).orElseThrow();
        Mailbox mailbox = guards.mailboxOf(current);
        for (int i = drafts.size() - 1; i >= 0; i--) {
            ConversationThread draft = drafts.get(i);
            if (draft.type() == ThreadType.REPLY && !draft.imported()) {
                // text, recipients and Message-ID as loaded: publishing changes only the state and date
                writer.sendReply(MailContext.of(current), mailbox, ReplyMail.of(draft), heads);
            }
        }
    }

    /**
     * Whether {@code threadId} is the first customer thread of a chat a user started, which HelpCrunch announces as a
     * new chat. Read only for chats started by a user: other conversations need no answer.
     */
    private boolean firstCustomerThread(Conversation conversation, long threadId, ThreadType type) {
        if (conversation.type() != ConversationType.CHAT || conversation.createdBy() == null
                || conversation.createdBy().type() != PersonType.USER
                || ConversationEvents.threadEvent(type, ThreadState.PUBLISHED) != EventType.THREAD_CUSTOMER_CREATED) {
            return false;
        }
        return threads.heads(conversation.id()).stream().noneMatch(head -> head.id() != threadId
                && ConversationEvents.threadEvent(head.type(), head.state()) == EventType.THREAD_CUSTOMER_CREATED);
    }

    /**
     * Whether {@code threadId} is the first published reply of a chat that was and stays active: HelpCrunch's status
     * moves from new to opened. Read only for such replies.
     */
    private boolean opensChat(Conversation conversation, ConversationRow after, long threadId, ThreadType type,
                              ThreadState state) {
        if (conversation.type() != ConversationType.CHAT || type != ThreadType.REPLY || state != ThreadState.PUBLISHED
                || conversation.status() != ConversationStatus.ACTIVE || after.status() != ConversationStatus.ACTIVE) {
            return false;
        }
        return threads.heads(conversation.id()).stream().noneMatch(head -> head.id() != threadId
                && head.type() == ThreadType.REPLY && head.state() == ThreadState.PUBLISHED);
    }

    private ConversationThread thread(long conversationId, long threadId) {
        return threads.find(conversationId, threadId)
                .orElseThrow(() -> ApiException.notFound("Thread not found"));
    }
}
