package io.frontdesk.conversation;

import io.frontdesk.core.Page;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of conversations, their tags and custom-field values. Loaded conversations carry tags and raw field
 * values (name and text null; the service adds them from the definitions) and no threads unless a search asks.
 */
public interface ConversationStore {

    /** The next number of the account, in the caller's transaction: gapless, because a rollback returns it. */
    long nextNumber(long accountId);

    long insert(ConversationRow row, ThreadSummary summary);

    /**
     * Writes the columns of {@code row} that differ from {@code before}, the conversation as this transaction locked
     * and read it ({@link #lock}).
     */
    void update(Conversation before, ConversationRow row);

    /** {@link #update(Conversation, ConversationRow)}, and the summary's changed columns, in one statement. */
    void update(Conversation before, ConversationRow row, ThreadSummary summary);

    void updateSummary(long conversationId, ThreadSummary summary);

    Optional<Conversation> find(long accountId, long conversationId);

    /**
     * The conversation's own row, held until the transaction ends so concurrent writers queue: what writes check and
     * change. Tags and field values are left out (empty lists), which writes replace without reading; of the people,
     * only ids and the primary customer's email are loaded.
     */
    Optional<Conversation> lock(long accountId, long conversationId);

    /**
     * A conversation as {@link #lock} reads it, when its newest thread was created (null with no thread), and whether
     * its primary customer is live (not deleted), which makes the email read with it that customer's contact.
     */
    record Locked(Conversation conversation, Instant newestThreadAt, boolean primaryLive) {
    }

    /**
     * {@link #lock}, with the newest thread's time and the primary customer's state in the same statement: adding a
     * thread needs to know whether the new one lists first and, for most threads, the conversation's own customer;
     * reads of their own would be more statements under the lock.
     */
    Optional<Locked> lockForThread(long accountId, long conversationId);

    /** A page in the query's order; threads are loaded (newest first) when the query embeds them. */
    Page<Conversation> search(long accountId, ConversationQuery query);

    /** The counts of the conversations matching {@code folder}, and of those matching {@code active} too. */
    FolderStats folderStats(long accountId, ConversationCriterion folder, ConversationCriterion active);

    void replaceTags(long conversationId, List<Long> tagIds);

    void replaceFieldValues(long conversationId, List<StoredFieldValue> values);

    /** Drops the values of every field not in {@code keptFieldIds} (a move to another mailbox). */
    void retainFieldValues(long conversationId, Collection<Long> keptFieldIds);

    /** Sets the conversation's snooze, or clears it (null). */
    void setSnooze(long conversationId, Snooze snooze);

    /**
     * Moves every thread (and attachment) of {@code sourceId} to {@code targetId} and marks the source merged into it
     * and deleted; the target gains the source's tags it lacks and its values of the target mailbox's fields the target
     * has no value for. The caller refreshes the target's thread summary.
     */
    void merge(long sourceId, long targetId, Instant now);
}
