package io.frontdesk.savedreply;

import io.frontdesk.conversation.ConversationService;
import io.frontdesk.conversation.NewThread;
import io.frontdesk.core.Transactions;
import io.frontdesk.error.ApiException;
import io.frontdesk.error.FieldError;
import io.frontdesk.error.Validation;
import io.frontdesk.mailbox.MailboxService;

import java.time.Clock;
import java.util.List;

/**
 * Saved replies of a mailbox, and replies written from one: a reply that names a saved reply carries its id and, when
 * it brings no text of its own, the saved reply's text (its chat text when it has only that).
 */
public final class SavedReplyService {

    static final int NAME = 255;
    static final int TEXT = 100_000;

    private final SavedReplyStore store;
    private final MailboxService mailboxes;
    private final ConversationService conversations;
    private final Transactions tx;
    private final Clock clock;

    public SavedReplyService(SavedReplyStore store, MailboxService mailboxes, ConversationService conversations,
                             Transactions tx, Clock clock) {
        this.store = store;
        this.mailboxes = mailboxes;
        this.conversations = conversations;
        this.tx = tx;
        this.clock = clock;
    }

    public long create(long accountId, long mailboxId, SavedReplyInput input) {
        mailboxes.get(accountId, mailboxId);
        check(input);
        return tx.inTransaction(() -> store.insert(accountId, mailboxId, input, clock.instant()));
    }

    /** The mailbox's saved replies; chat-only ones only when asked for. */
    public List<SavedReply> list(long accountId, long mailboxId, boolean includeChat) {
        mailboxes.get(accountId, mailboxId);
        return store.list(accountId, mailboxId).stream().filter(reply -> includeChat || !reply.chatOnly()).toList();
    }

    /** One saved reply of the mailbox; one of another mailbox is a 404 like a deleted one. */
    public SavedReply get(long accountId, long mailboxId, long savedReplyId) {
        mailboxes.get(accountId, mailboxId);
        return store.find(accountId, savedReplyId).filter(reply -> reply.mailboxId() == mailboxId)
                .orElseThrow(SavedReplyService::notFound);
    }

    /** Replaces the name and both texts. */
    public void replace(long accountId, long mailboxId, long savedReplyId, SavedReplyInput input) {
        check(input);
        tx.run(() -> {
            get(accountId, mailboxId, savedReplyId);
            store.replace(accountId, savedReplyId, input, clock.instant());
        });
    }

    /** Soft: the id stops being found, threads keep naming it. */
    public void delete(long accountId, long mailboxId, long savedReplyId) {
        tx.run(() -> {
            get(accountId, mailboxId, savedReplyId);
            store.delete(accountId, savedReplyId, clock.instant());
        });
    }

    /**
     * Adds a thread, taking the text of the saved reply it names when it has none. A saved reply that is not the
     * account's (or was deleted) is a 400 on {@code savedReplyId}.
     */
    public long addThread(long accountId, long callerId, long conversationId, NewThread thread) {
        if (thread.savedReplyId() == null) {
            return conversations.addThread(accountId, callerId, conversationId, thread);
        }
        // an unknown conversation is a 404 before anything in the body is looked at, as without a saved reply
        conversations.get(accountId, conversationId, false);
        SavedReply reply = store.find(accountId, thread.savedReplyId()).orElseThrow(() -> ApiException.invalid(
                FieldError.of("savedReplyId", "InvalidValue", "no such saved reply", thread.savedReplyId())));
        NewThread written = thread;
        if (thread.text() == null || thread.text().isBlank()) {
            String text = reply.text() == null || reply.text().isBlank() ? reply.chatText() : reply.text();
            if (text == null || text.isBlank()) {
                throw ApiException.invalid(FieldError.of("text", "NotEmpty",
                        "may not be empty: the saved reply has no text"));
            }
            written = thread.withText(text);
        }
        return conversations.addThread(accountId, callerId, conversationId, written);
    }

    private static void check(SavedReplyInput input) {
        Validation validation = new Validation();
        if (input.name() == null || input.name().isBlank() || input.name().length() > NAME) {
            validation.add(FieldError.of("name", "Size", "must be 1-" + NAME + " characters", input.name()));
        }
        if (input.text() != null && input.text().length() > TEXT) {
            validation.add(FieldError.of("text", "Size", "must be at most " + TEXT + " characters"));
        }
        if (input.chatText() != null && input.chatText().length() > TEXT) {
            validation.add(FieldError.of("chatText", "Size", "must be at most " + TEXT + " characters"));
        }
        validation.throwIfAny();
    }

    private static ApiException notFound() {
        return ApiException.notFound("Saved reply not found");
    }
}
