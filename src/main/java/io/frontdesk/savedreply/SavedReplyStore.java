package io.frontdesk.savedreply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of saved replies. Deleted ones are kept (threads name them) but never found or listed. */
public interface SavedReplyStore {

    long insert(long accountId, long mailboxId, SavedReplyInput input, Instant now);

    /** A live saved reply of the account, in any of its mailboxes. */
    Optional<SavedReply> find(long accountId, long savedReplyId);

    /** The mailbox's live saved replies by name, then id. */
    List<SavedReply> list(long accountId, long mailboxId);

    boolean replace(long accountId, long savedReplyId, SavedReplyInput input, Instant now);

    boolean delete(long accountId, long savedReplyId, Instant now);
}
