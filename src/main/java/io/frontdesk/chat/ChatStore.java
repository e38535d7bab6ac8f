package io.frontdesk.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of {@link ChatDetails} and the chat search; the conversations themselves are the conversation store's. */
public interface ChatStore {

    Optional<ChatDetails> find(long conversationId);

    /** The stored details of those of these chats that have any. */
    Map<Long, ChatDetails> findAll(List<Long> conversationIds);

    /** Insert or replace the row, in the caller's transaction. */
    void save(ChatDetails details);

    /** The ids of one page of the account's chats (conversations of type chat, not deleted) and their total. */
    Ids search(long accountId, ChatQuery query);

    record Ids(List<Long> ids, long total) {
        public Ids {
            ids = List.copyOf(ids);
        }
    }
}
